/**
 * BSON regular expressions (what `db.RegExp` and JS RegExps become on the wire) as JS RegExps.
 * The cloud documents the options i, m and s; its engine (MongoDB/PCRE) also takes x (extended:
 * whitespace and #-comments in the pattern are ignored), u and l. JS has no x, so the pattern is
 * rewritten; an option MongoDB does not know is refused, as MongoDB refuses it (-502001).
 */
import { DatabaseError, ErrorCodes } from './errors';

/** MongoDB refuses a bad pattern or option at execution; the cloud answers a request failure (-502001). */
const refused = (message: string): DatabaseError =>
  new DatabaseError(ErrorCodes.REQUEST_FAILED, `[FailedOperation] ${message}`);

const JS_FLAGS = 'imsu';
const KNOWN_OPTIONS = 'imsxul'; // l (locale) is accepted and has no effect

/** Drops unescaped whitespace and `#…` comments outside character classes (PCRE's x). */
export function stripExtended(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (c === '#') {
      while (i + 1 < pattern.length && pattern[i + 1] !== '\n') i++;
      continue;
    }
    out += c;
  }
  return out;
}

export function toJsRegExp(pattern: string, options: string): RegExp {
  const unknown = [...options].filter((f) => !KNOWN_OPTIONS.includes(f));
  if (unknown.length) throw refused(`invalid flag in regex options: ${unknown.join('')}`);
  const flags = [...new Set([...options].filter((f) => JS_FLAGS.includes(f)))].join('');
  const source = options.includes('x') ? stripExtended(pattern) : pattern;
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw refused(`invalid regular expression /${pattern}/${options}: ${(error as Error).message}`);
  }
}

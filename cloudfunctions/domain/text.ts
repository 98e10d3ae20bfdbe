// Text people type, made safe to store and show, and measured by what a reader sees. Shared with
// the app, whose JS engine (WeChat's) may lack Intl.Segmenter and Unicode property escapes: so
// code points are walked by hand and the invisible ones are listed as ranges.

/** Code points a reader does not see as a character of their own. Inclusive ranges, sorted. */
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x0020], // C0 controls, space
  [0x007f, 0x00a0], // DEL, C1 controls, no-break space
  [0x00ad, 0x00ad], // soft hyphen
  [0x0300, 0x036f], // combining diacritical marks (they join the letter before)
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x1680, 0x1680], // Ogham space mark
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x1ab0, 0x1aff], // combining diacritical marks extended
  [0x1dc0, 0x1dff], // combining diacritical marks supplement
  [0x2000, 0x200f], // spaces, zero-width space, joiners, direction marks
  [0x2028, 0x202f], // line/paragraph separators, bidi embeddings and overrides, narrow space
  [0x205f, 0x206f], // math space, word joiner, invisible operators, bidi isolates
  [0x20d0, 0x20ff], // combining marks for symbols
  [0x2800, 0x2800], // braille blank
  [0x3000, 0x3000], // ideographic space
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfe20, 0xfe2f], // combining half marks
  [0xfeff, 0xfeff], // byte order mark
  [0xffa0, 0xffa0], // halfwidth Hangul filler
  [0xfff0, 0xfff8], // unassigned specials
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical format controls
  [0x1f3fb, 0x1f3ff], // emoji skin tones (they modify the emoji before)
  [0xe0000, 0xe0fff], // tags and variation selectors supplement
];

/** Removed from stored text: controls other than the newline, and bidi controls that reorder what follows. */
const REMOVED: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x0009],
  [0x000b, 0x001f],
  [0x007f, 0x009f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

const within = (ranges: ReadonlyArray<readonly [number, number]>, code: number) =>
  ranges.some(([from, to]) => code >= from && code <= to);

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The code points of `text`, with lone surrogates (broken halves of a character) dropped. */
function codePoints(text: string): number[] {
  const points: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (isHighSurrogate(unit)) {
      const next = text.charCodeAt(i + 1);
      if (isLowSurrogate(next)) {
        points.push((unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000);
        i += 1;
      }
    } else if (!isLowSurrogate(unit)) {
      points.push(unit);
    }
  }
  return points;
}

/**
 * Text as it is stored: line breaks as `\n`, tabs as spaces, no other control characters, no
 * bidi controls, no broken surrogate halves, composed (NFC), without surrounding whitespace.
 */
export function normaliseText(raw: string): string {
  const unified = raw.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/\t/g, ' ');
  const kept = codePoints(unified).filter((code) => !within(REMOVED, code));
  const text = String.fromCodePoint(...kept);
  return (typeof text.normalize === 'function' ? text.normalize('NFC') : text).trim();
}

/** How many characters a reader sees: invisible, joining and modifying code points do not count. */
export function visibleLength(text: string): number {
  return codePoints(text).filter((code) => !within(INVISIBLE, code)).length;
}

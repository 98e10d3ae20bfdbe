/**
 * MongoDB refuses an update whose operator does not fit the value it meets — `$inc` on a string,
 * `$push` on a number, a field created inside a scalar — and the cloud answers such a request
 * with a failure (-502001), changing nothing. mingo's updater silently skips these instead, so
 * they are checked here first; the messages are MongoDB's.
 */
import { DatabaseError, ErrorCodes } from './errors';
import { encode, isPlainObject } from './ejson';
import type { Doc } from './ejson';

const NUMERIC = new Set(['$inc', '$mul']);
const ARRAY = new Set(['$push', '$addToSet', '$pop', '$pull', '$pullAll']);
/** Operators that create the field when it is missing, hence need a path they can create. */
const CREATING = new Set([
  '$set',
  '$inc',
  '$mul',
  '$push',
  '$addToSet',
  '$min',
  '$max',
  '$currentDate',
  '$setOnInsert',
]);

const refused = (message: string): DatabaseError =>
  new DatabaseError(ErrorCodes.REQUEST_FAILED, `[FailedOperation] ${message}`);

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (isPlainObject(value)) return 'object';
  return typeof value;
}

interface Found {
  /** The value at the path; undefined when the path does not exist (yet). */
  value: unknown;
  /** Set when the path runs into a value that cannot hold the next field. */
  blocked?: { field: string; value: unknown; next: string };
}

function lookup(doc: Doc, path: string): Found {
  const parts = path.split('.');
  let current: unknown = doc;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (current === undefined) return { value: undefined };
    const canHold = isPlainObject(current) || (Array.isArray(current) && /^\d+$/.test(part));
    if (!canHold)
      return { value: undefined, blocked: { field: parts.slice(0, i).join('.'), value: current, next: part } };
    current = (current as Record<string, unknown>)[part];
  }
  return { value: current };
}

/** Throws the cloud's request failure when `modifier` cannot apply to `doc` as MongoDB sees it. */
export function checkUpdateTypes(doc: Doc, modifier: Doc): void {
  for (const [op, fields] of Object.entries(modifier)) {
    if (!isPlainObject(fields)) continue;
    for (const [path, argument] of Object.entries(fields)) {
      if (path.split('.').some((p) => p.startsWith('$'))) continue; // positional paths: left to mingo
      const { value, blocked } = lookup(doc, path);
      if (blocked && CREATING.has(op)) {
        throw refused(`Cannot create field '${blocked.next}' in element {${blocked.field}: ${encode(blocked.value)}}`);
      }
      if (NUMERIC.has(op)) {
        if (typeof argument !== 'number')
          throw refused(
            `Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${encode(argument)}}`,
          );
        if (value !== undefined && typeof value !== 'number') {
          throw refused(
            `Cannot apply ${op} to a value of non-numeric type. {_id: ${encode(doc._id)}} has the field '${path}' of non-numeric type ${typeName(value)}`,
          );
        }
      }
      if (ARRAY.has(op) && value !== undefined && !Array.isArray(value)) {
        throw refused(
          `The field '${path}' must be an array but is of type ${typeName(value)} in document {_id: ${encode(doc._id)}}`,
        );
      }
    }
  }
}

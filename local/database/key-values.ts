/**
 * The values an ordered index holds, and their order. The order is mingo's sort order (the scan
 * path's), which follows MongoDB's BSON type order for the values met here:
 * missing < null < numbers < strings < objects < arrays < booleans < dates.
 * Only scalars are indexed (missing, null, finite numbers, strings, booleans, dates); a document
 * with anything else under an index key — an array (multikey), an object, a RegExp, a BSON class
 * instance — is an outlier of that index (see ordered-index.ts).
 */
import type { Doc } from './ejson';

/** A field that is absent (or reached through null / a scalar): sorts before null, as in mingo. */
export const MISSING = undefined;

/** A value no index can hold; the document becomes an outlier of the index. */
export const OUTLIER: unique symbol = Symbol('outlier');

export type KeyValue = undefined | null | number | string | boolean | Date;

/** A bound below (side -1) or above (side +1) every value of one type rank. */
export class Edge {
  constructor(
    readonly rank: number,
    readonly side: -1 | 1,
  ) {}
}

export type BoundValue = KeyValue | Edge;

export const RANK_MISSING = 1;
export const RANK_NULL = 2;
const RANK_NUMBER = 3;
const RANK_STRING = 4;
const RANK_BOOLEAN = 9;
const RANK_DATE = 10;

export function rankOf(v: BoundValue): number {
  switch (typeof v) {
    case 'undefined':
      return RANK_MISSING;
    case 'number':
      return RANK_NUMBER;
    case 'string':
      return RANK_STRING;
    case 'boolean':
      return RANK_BOOLEAN;
  }
  if (v === null) return RANK_NULL;
  if (v instanceof Edge) return v.rank;
  return RANK_DATE;
}

/** Compares two index values (or bounds) in mingo's sort order. */
export function compareValues(a: BoundValue, b: BoundValue): number {
  if (a === b) return 0;
  const ra = rankOf(a);
  const rb = rankOf(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (a instanceof Edge || b instanceof Edge) {
    const sa = a instanceof Edge ? a.side : 0;
    const sb = b instanceof Edge ? b.side : 0;
    return sa === sb ? 0 : sa < sb ? -1 : 1;
  }
  if (ra === RANK_DATE) {
    const ta = (a as Date).getTime();
    const tb = (b as Date).getTime();
    return ta < tb ? -1 : ta > tb ? 1 : 0;
  }
  if (ra <= RANK_NULL) return 0;
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

/** The indexable form of a value, or OUTLIER. */
export function asKeyValue(v: unknown): KeyValue | typeof OUTLIER {
  switch (typeof v) {
    case 'undefined':
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isNaN(v) ? OUTLIER : v;
  }
  if (v === null) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? OUTLIER : v;
  return OUTLIER;
}

/** A dotted path split once, for `valueAt`. */
export type FieldPath = readonly string[];

export const splitPath = (dotted: string): FieldPath => dotted.split('.');

/**
 * The value at a path, as mingo resolves it for a scalar: missing when a step is absent or not
 * an object; OUTLIER when a step is an array (mingo would then match element-wise).
 */
export function keyValueAt(doc: Doc, path: FieldPath): KeyValue | typeof OUTLIER {
  let cur: unknown = doc;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== 'object') return MISSING;
    if (Array.isArray(cur)) return OUTLIER;
    if (cur instanceof Date) return MISSING;
    cur = (cur as Record<string, unknown>)[path[i]];
  }
  return asKeyValue(cur);
}

/** The lowest and highest bound of one type rank (for type-bracketed ranges: $lt 'x' covers strings only). */
export const lowestOfRank = (v: KeyValue): Edge => new Edge(rankOf(v), -1);
export const highestOfRank = (v: KeyValue): Edge => new Edge(rankOf(v), 1);

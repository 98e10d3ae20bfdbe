/**
 * Query execution: where filters, orderBy, skip, limit (cloud default 100, cap 1000), field
 * projections and count — MongoDB semantics through mingo, with the cloud's limits on top.
 */
import { Query } from 'mingo';
import type { Collection } from './store';
import { keyOf, isPlainObject } from './ejson';
import type { Doc } from './ejson';
import { unsupportedOperator } from './errors';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** mingo options shared by every query: MongoDB-strict, no server-side JavaScript ($where). */
export const MINGO_OPTIONS = { scriptEnabled: false, useStrictMode: true } as const;

const GEO_OPERATORS = new Set([
  '$near',
  '$nearSphere',
  '$geoWithin',
  '$geoIntersects',
  '$geoNear',
  '$within',
  '$box',
  '$center',
  '$centerSphere',
  '$polygon',
]);

/** Rejects what the engine knowingly does not support, with the cloud's operator error. */
export function assertSupported(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(assertSupported);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    if (GEO_OPERATORS.has(k)) throw unsupportedOperator(`the geo operator ${k}`);
    if (k === '$where' || k === '$function' || k === '$accumulator') throw unsupportedOperator(`the operator ${k}`);
    assertSupported(v);
  }
}

export interface FindOptions {
  order?: Record<string, 1 | -1>;
  offset?: number;
  limit?: number;
  projection?: Doc;
}

/** The document key when the filter is exactly `{ _id: <scalar> }` (doc().get/update/remove). */
export function idOnly(filter: Doc): string | null {
  const keys = Object.keys(filter);
  if (keys.length !== 1 || keys[0] !== '_id') return null;
  const id = filter._id;
  if (typeof id === 'string' || typeof id === 'number') return keyOf(id);
  return null;
}

export function matcher(filter: Doc): (doc: Doc) => boolean {
  assertSupported(filter);
  if (Object.keys(filter).length === 0) return () => true;
  const query = new Query(filter, MINGO_OPTIONS);
  return (doc) => query.test(doc);
}

/** All documents matching the filter, in natural (insertion) order, without copying them. */
export function matching(coll: Collection, filter: Doc): Doc[] {
  const key = idOnly(filter);
  if (key !== null) {
    const doc = coll.docs.get(key);
    return doc ? [doc] : [];
  }
  const test = matcher(filter);
  const out: Doc[] = [];
  for (const doc of coll.docs.values()) if (test(doc)) out.push(doc);
  return out;
}

export function effectiveLimit(limit: unknown): number {
  const n = typeof limit === 'number' && Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : DEFAULT_LIMIT;
  return Math.min(n, MAX_LIMIT);
}

/** Runs a find over the given documents (already filtered or not) with the cloud's limits. */
export function find(docs: Iterable<Doc> | Doc[], filter: Doc, options: FindOptions): Doc[] {
  assertSupported(filter);
  assertSupported(options.projection);
  const cursor = new Query(filter, MINGO_OPTIONS).find<Doc>(
    Array.isArray(docs) ? docs : [...docs],
    options.projection && Object.keys(options.projection).length ? options.projection : undefined,
  );
  if (options.order && Object.keys(options.order).length) cursor.sort(options.order);
  if (options.offset && options.offset > 0) cursor.skip(options.offset);
  cursor.limit(effectiveLimit(options.limit));
  return cursor.all();
}

export function findIn(coll: Collection, filter: Doc, options: FindOptions): Doc[] {
  const key = idOnly(filter);
  if (key !== null) return find(matching(coll, filter), {}, options);
  return find(coll.docs.values(), filter, options);
}

export function count(coll: Collection, filter: Doc): number {
  if (Object.keys(filter).length === 0) return coll.docs.size;
  return matching(coll, filter).length;
}

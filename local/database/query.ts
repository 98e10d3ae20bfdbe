/**
 * Query execution: where filters, orderBy, skip, limit (cloud default 100, cap 1000), field
 * projections and count — MongoDB semantics through mingo, with the cloud's limits on top. The
 * candidates come from the plan (planner.ts); every candidate is tested with the full matcher
 * unless the plan is exact, and an order the plan cannot deliver is sorted by mingo.
 */
import { Query } from 'mingo';
import type { Collection } from './store';
import type { IndexPlan, Plan } from './planner';
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

/** The candidates of a plan, in the plan's order (tree order, merged, natural or the ids asked for). */
export function* candidates(coll: Collection, plan: Plan): Generator<Doc> {
  if (plan.kind === 'scan') {
    yield* coll.docs.values();
  } else if (plan.kind === 'ids') {
    for (const key of plan.keys) {
      const doc = coll.docs.get(key);
      if (doc) yield doc;
    }
  } else if (!plan.merge) {
    for (const [start, end] of plan.ranges) yield* plan.index.range(start, end, plan.reversed);
  } else {
    yield* merged(plan);
  }
}

/** A k-way merge of the plan's ranges, by the index keys from `mergeFrom` on. */
function* merged(plan: IndexPlan): Generator<Doc> {
  const { index, mergeFrom, reversed } = plan;
  const sources = plan.ranges.map(([start, end]) => index.range(start, end, reversed));
  const heads: (Doc | null)[] = sources.map((s) => s.next().value ?? null);
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (head === null) continue;
      if (best === -1) best = i;
      else {
        const c = index.compareFrom(head, heads[best] as Doc, mergeFrom);
        if (reversed ? c > 0 : c < 0) best = i;
      }
    }
    if (best === -1) return;
    yield heads[best] as Doc;
    heads[best] = sources[best].next().value ?? null;
  }
}

/** The test a candidate must pass: none when the plan is exact (the filter is still validated). */
function testFor(filter: Doc, plan: Plan): ((doc: Doc) => boolean) | null {
  const test = matcher(filter);
  return plan.exact ? null : test;
}

/** Visits the candidates of a plan in its order until `visit` answers false. */
function visitCandidates(coll: Collection, plan: Plan, visit: (doc: Doc) => boolean): void {
  if (plan.kind === 'index' && !plan.merge) {
    for (const [start, end] of plan.ranges) if (!plan.index.visit(start, end, plan.reversed, visit)) return;
    return;
  }
  for (const doc of candidates(coll, plan)) if (!visit(doc)) return;
}

/** Up to `limit` matching documents in the plan's order, after skipping `skip` of them. */
export function matchingPlanned(coll: Collection, filter: Doc, plan: Plan, skip = 0, limit = Infinity): Doc[] {
  const test = testFor(filter, plan);
  const out: Doc[] = [];
  if (limit <= 0) return out;
  let skipped = 0;
  visitCandidates(coll, plan, (doc) => {
    if (test && !test(doc)) return true;
    if (skipped < skip) {
      skipped++;
      return true;
    }
    out.push(doc);
    return out.length < limit;
  });
  return out;
}

/** A find through the plan; a page costs O(offset + limit) candidates when the order is served. */
export function findPlanned(coll: Collection, filter: Doc, plan: Plan, options: FindOptions): Doc[] {
  assertSupported(options.projection);
  const order = options.order && Object.keys(options.order).length ? options.order : undefined;
  if (order && !plan.orderServed) {
    const docs = plan.kind === 'scan' ? coll.docs.values() : matchingPlanned(coll, filter, plan);
    return find(docs, plan.kind === 'scan' ? filter : {}, options);
  }
  const page = matchingPlanned(coll, filter, plan, options.offset ?? 0, effectiveLimit(options.limit));
  const projection = options.projection && Object.keys(options.projection).length ? options.projection : undefined;
  return projection ? new Query({}, MINGO_OPTIONS).find<Doc>(page, projection).all() : page;
}

export function countPlanned(coll: Collection, filter: Doc, plan: Plan): number {
  if (Object.keys(filter).length === 0) return coll.docs.size;
  if (plan.exact && plan.kind === 'index') {
    matcher(filter); // validates the filter as the scan path would
    let total = 0;
    for (const [start, end] of plan.ranges) total += plan.index.countRange(start, end);
    return total;
  }
  return matchingPlanned(coll, filter, plan).length;
}

/**
 * The indexed engine answers exactly what a plain mingo scan over the same documents answers:
 * random filters, orders, offsets and limits (from a seeded generator, so a failure replays), run
 * through the engine's request handler while random writes keep the indexes busy.
 */
import { Aggregator, Query } from 'mingo';
import { createDatabase } from '../../../local/database';
import type { Doc, IndexDeclarations, LocalDatabase, UnindexedQuery } from '../../../local/database';
import { encode, EJSON } from '../../../local/database/ejson';
import { makeTempDir } from '../support/database';
import * as fs from 'fs';

/** mulberry32: a small seeded generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLLECTION = 'things';
const INDEXES: IndexDeclarations = {
  [COLLECTION]: [
    { name: 'a_b_c', keys: { a: 1, b: 1, c: 1, _id: 1 } },
    { name: 'b_due', keys: { b: 1, 'd.e': -1, _id: -1 } },
    { name: 'flag_t', keys: { flag: 1, t: 1 } },
    { name: 'c_desc', keys: { c: -1 } },
  ],
};
const ORDER_FIELDS = ['a', 'b', 'c', 'd.e', 't', 'flag', '_id'];

class Random {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const B_VALUES = ['alpha', 'beta', 'gamma', 'delta', 'Beta', ''];
const E_VALUES = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-02-01', '2026-03-15'];

function valueFor(r: Random, field: string): unknown {
  switch (field) {
    case 'a':
      return r.chance(0.1) ? null : r.chance(0.1) ? 'x' : r.int(5);
    case 'b':
      return r.pick(B_VALUES);
    case 'c':
      return r.chance(0.2) ? r.int(10) : Math.round((r.next() * 200 - 100) * 10) / 10;
    case 'd.e':
      return r.chance(0.1) ? r.int(3) : r.pick(E_VALUES);
    case 't':
      return new Date(Date.UTC(2026, 0, 1 + r.int(60)));
    case 'flag':
      return r.chance(0.5);
    default:
      return `id${r.int(1000)}`;
  }
}

function randomDoc(r: Random, n: number): Doc {
  const doc: Doc = { _id: `id${String(r.int(1_000_000)).padStart(6, '0')}-${n}` };
  if (!r.chance(0.1)) doc.a = valueFor(r, 'a');
  if (!r.chance(0.1)) doc.b = valueFor(r, 'b');
  if (!r.chance(0.05)) doc.c = valueFor(r, 'c');
  if (r.chance(0.8)) doc.d = r.chance(0.1) ? null : { e: valueFor(r, 'd.e'), z: r.int(3) };
  if (!r.chance(0.1)) doc.t = valueFor(r, 't');
  if (!r.chance(0.1)) doc.flag = valueFor(r, 'flag');
  return doc;
}

function condition(r: Random, field: string): Doc {
  const v = () => valueFor(r, field);
  switch (r.int(9)) {
    case 0:
    case 1:
      return { [field]: v() };
    case 2:
      return { [field]: { $in: [v(), v(), ...(r.chance(0.2) ? [null] : [])] } };
    case 3:
      return { [field]: { [r.pick(['$gt', '$gte', '$lt', '$lte'])]: v() } };
    case 4:
      return { [field]: { $gte: v(), $lt: v() } };
    case 5:
      return { [field]: { $ne: v() } };
    case 6:
      return { [field]: { $exists: r.chance(0.5) } };
    case 7: {
      // keyset paging after a position
      const [op, value, id] = [r.pick(['$lt', '$gt']), v(), valueFor(r, '_id')];
      return { $or: [{ [field]: { [op]: value } }, { [field]: value, _id: { [op]: id } }] };
    }
    default:
      return { $or: [{ [field]: v() }, { [field]: { $in: [v(), v()] } }] };
  }
}

function randomFilter(r: Random): Doc {
  const parts = Array.from({ length: r.int(4) }, () => condition(r, r.pick(['a', 'b', 'c', 'd.e', 't', 'flag', 'a'])));
  if (parts.length === 0) return {};
  if (r.chance(0.5)) return { $and: parts };
  // merged at the top level (a later condition on the same field wins, as in an object literal)
  return Object.assign({}, ...parts.filter((p) => !('$or' in p)), ...parts.filter((p) => '$or' in p).slice(0, 1));
}

function randomOrder(r: Random): Record<string, 1 | -1> | undefined {
  if (r.chance(0.2)) return undefined;
  const order: Record<string, 1 | -1> = {};
  for (let i = r.int(3); i >= 0; i--) order[r.pick(ORDER_FIELDS)] = r.chance(0.5) ? 1 : -1;
  if (r.chance(0.5) && !('_id' in order)) order._id = r.chance(0.5) ? 1 : -1;
  return order;
}

const resolve = (doc: Doc, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Doc)[k] : undefined), doc);

const orderKey = (doc: Doc, order: Record<string, 1 | -1>): string =>
  encode(Object.keys(order).map((f) => resolve(doc, f) ?? '<missing>'));

let database: LocalDatabase;
let dataDir: string;
const reports: UnindexedQuery[] = [];

async function call(action: string, params: Doc): Promise<Doc> {
  const answer = (await database.handle(action, { collectionName: COLLECTION, ...params })) as Doc;
  if ('code' in answer) throw new Error(`${action} failed: ${String(answer.code)} ${String(answer.message)}`);
  return answer.data as Doc;
}

const stored = (): Doc[] => database.documents(COLLECTION) as Doc[];
const parseList = (list: unknown): Doc[] => (list as string[]).map((s) => EJSON.parse(s, { relaxed: true }) as Doc);

beforeAll(async () => {
  dataDir = makeTempDir();
  database = await createDatabase({
    dataDir,
    indexes: INDEXES,
    indexPolicy: 'warn',
    onUnindexedQuery: (report) => reports.push(report),
  });
  const r = new Random(generator(7));
  const data = Array.from({ length: 600 }, (_, i) => encode(randomDoc(r, i)));
  await call('database.insertDocument', { data });
});

afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const plans = { served: 0, orderServed: 0, merged: 0, exact: 0, total: 0 };

/** The product's shapes: `$in` on a leading key, the order on the next keys, keyset paging after a position. */
function listingQuery(r: Random): { filter: Doc; order: Record<string, 1 | -1> } {
  const direction = r.chance(0.5) ? 1 : -1;
  const [condition, order]: [Doc, Record<string, 1 | -1>] = r.chance(0.5)
    ? [{ b: { $in: [valueFor(r, 'b'), valueFor(r, 'b')] } }, { 'd.e': direction, _id: direction }]
    : [{ a: { $in: [valueFor(r, 'a'), valueFor(r, 'a'), valueFor(r, 'a')] }, b: valueFor(r, 'b') }, { c: direction }];
  if (r.chance(0.5)) return { filter: condition, order };
  const [field, value, op] = [
    Object.keys(order)[0],
    valueFor(r, Object.keys(order)[0]),
    direction === 1 ? '$gt' : '$lt',
  ];
  const after = { $or: [{ [field]: { [op]: value } }, { [field]: value, _id: { [op]: valueFor(r, '_id') } }] };
  return { filter: { $and: [condition, after] }, order };
}

/** Inserts random documents until the collection holds at least `count`. */
async function topUp(r: Random, count: number): Promise<void> {
  const missing = count - stored().length;
  if (missing > 0) {
    const data = Array.from({ length: missing }, () => encode(randomDoc(r, 50_000 + r.int(1_000_000))));
    await call('database.insertDocument', { data });
  }
}

async function checkFind(
  r: Random,
  label: string,
  query?: { filter: Doc; order: Record<string, 1 | -1> },
): Promise<void> {
  const filter = query ? query.filter : randomFilter(r);
  const order = query ? query.order : randomOrder(r);
  const limit = 1 + r.int(40);
  const offset = r.chance(0.3) ? r.int(10) : 0;
  const plan = database.explain(COLLECTION, filter, order);
  plans.total++;
  if (plan.via !== 'scan' && (plan.via === 'ids' || plan.boundKeys > 0)) plans.served++;
  if (order && plan.orderServed && plan.via === 'index') plans.orderServed++;
  if (plan.merged) plans.merged++;
  if (plan.exact && plan.via === 'index') plans.exact++;
  const all = new Query(filter, { useStrictMode: true }).find<Doc>(stored()).all();
  const cursor = new Query(filter, { useStrictMode: true }).find<Doc>(stored());
  if (order) cursor.sort(order);
  const expected = cursor.skip(offset).limit(limit).all();
  const actual = parseList(
    (
      await call('database.getDocument', {
        query: encode(filter),
        ...(order ? { order: encode(order) } : {}),
        offset,
        limit,
      })
    ).list,
  );
  const context = `${label}: ${encode(filter)} order ${JSON.stringify(order)} offset ${offset} limit ${limit}`;
  expect({ context, length: actual.length }).toEqual({ context, length: expected.length });
  const ids = actual.map((d) => d._id);
  expect(new Set(ids).size).toBe(ids.length);
  const matches = new Set(all.map((d) => encode(d)));
  for (const doc of actual) expect({ context, matches: matches.has(encode(doc)) }).toEqual({ context, matches: true });
  if (order) {
    // the sequence of sort keys is the same whatever the tie order; with _id in it, so is every document
    expect({ context, keys: actual.map((d) => orderKey(d, order)) }).toEqual({
      context,
      keys: expected.map((d) => orderKey(d, order)),
    });
    if ('_id' in order) expect({ context, docs: actual.map(encode) }).toEqual({ context, docs: expected.map(encode) });
  } else if (offset === 0 && all.length <= limit) {
    expect({ context, ids: [...ids].sort() }).toEqual({ context, ids: all.map((d) => d._id as string).sort() });
  }
  const { total } = await call('database.calculateDocument', { query: encode(filter) });
  expect({ context, total }).toEqual({ context, total: all.length });
}

async function randomWrite(r: Random, n: number): Promise<void> {
  const docs = stored();
  const target = r.pick(docs);
  switch (docs.length === 0 ? 0 : r.int(4)) {
    case 0:
      await call('database.insertDocument', { data: [encode(randomDoc(r, 10_000 + n))] });
      break;
    case 1:
      await call('database.removeDocument', { query: encode({ _id: target._id }), multi: false });
      break;
    default: {
      const field = r.pick(['a', 'b', 'c', 't', 'flag']);
      const data = r.chance(0.2) ? { $unset: { [field]: '' } } : { $set: { [field]: valueFor(r, field) } };
      const nested = { d: { e: valueFor(r, 'd.e'), z: r.int(3) } };
      await call('database.modifyDocument', {
        query: encode({ _id: target._id }),
        data: encode(r.chance(0.3) ? { $set: { ...nested, ...(data.$set ?? {}) } } : data),
        multi: false,
        merge: true,
      });
    }
  }
}

describe('indexed queries answer what a full scan answers', () => {
  it('finds and counts the same documents in the same order for random filters, orders and pages', async () => {
    const r = new Random(generator(20261122));
    await topUp(r, 500);
    for (let i = 0; i < 400; i++) {
      await checkFind(r, `query ${i}`);
      if (i % 4 === 0) await checkFind(r, `listing ${i}`, listingQuery(r));
      if (i % 4 === 0) await randomWrite(r, i);
    }
    // many went through an index in each of its ways (else this test would prove little about them)
    expect(plans.served).toBeGreaterThan(plans.total / 3);
    expect(plans.orderServed).toBeGreaterThan(60);
    expect(plans.merged).toBeGreaterThan(30);
    expect(plans.exact).toBeGreaterThan(50);
    // and the ones that did not were reported
    expect(reports.length).toBeGreaterThan(0);
  });

  it('updates and removes by filter the documents the scan selects', async () => {
    const r = new Random(generator(99));
    await topUp(r, 500);
    for (let i = 0; i < 60; i++) {
      const filter = randomFilter(r);
      const expected = new Query(filter, { useStrictMode: true }).find<Doc>(stored()).all();
      const mark = `m${i}`;
      const { updated } = await call('database.modifyDocument', {
        query: encode(filter),
        data: encode({ $set: { mark } }),
        multi: true,
        merge: true,
      });
      const context = encode(filter);
      expect({ context, updated }).toEqual({ context, updated: expected.filter((d) => d.mark !== mark).length });
      const marked = stored()
        .filter((d) => d.mark === mark)
        .map((d) => d._id as string)
        .sort();
      expect({ context, marked }).toEqual({ context, marked: expected.map((d) => d._id as string).sort() });
      if (i % 10 === 9) {
        const { deleted } = await call('database.removeDocument', { query: encode(filter), multi: true });
        expect({ context, deleted }).toEqual({ context, deleted: expected.length });
        expect(stored().some((d) => expected.some((e) => e._id === d._id))).toBe(false);
        await topUp(r, 500);
      }
    }
  });

  it('aggregates a leading $match (with a $sort and $limit after it) as the scan does', async () => {
    const r = new Random(generator(5));
    await topUp(r, 500);
    let nonEmpty = 0;
    for (let i = 0; i < 80; i++) {
      const filter = randomFilter(r);
      const order = randomOrder(r) ?? { _id: 1 };
      if (!('_id' in order)) order._id = 1;
      const limit = 1 + r.int(20);
      const pipeline = [{ $match: filter }, { $sort: order }, { $limit: limit }];
      const expected = new Aggregator(pipeline, { useStrictMode: true }).run(stored()) as Doc[];
      const stages = pipeline.map((s) => ({ stageKey: Object.keys(s)[0], stageValue: encode(Object.values(s)[0]) }));
      const actual = parseList((await call('database.aggregateDocuments', { stages })).list);
      if (expected.length > 0) nonEmpty++;
      expect({ context: encode(pipeline), docs: actual.map(encode) }).toEqual({
        context: encode(pipeline),
        docs: expected.map(encode),
      });
      const grouping = [{ $match: filter }, { $group: { _id: '$b', n: { $sum: 1 } } }];
      const groups = parseList(
        (
          await call('database.aggregateDocuments', {
            stages: grouping.map((s) => ({ stageKey: Object.keys(s)[0], stageValue: encode(Object.values(s)[0]) })),
          })
        ).list,
      );
      const expectedGroups = new Aggregator(grouping, { useStrictMode: true }).run(stored()) as Doc[];
      const sorted = (list: Doc[]) => list.map(encode).sort();
      expect(sorted(groups)).toEqual(sorted(expectedGroups));
    }
    expect(nonEmpty).toBeGreaterThan(40);
  });

  it('answers the same after a restart, with the indexes built from the documents read back', async () => {
    const r = new Random(generator(31337));
    await call('database.insertDocument', {
      data: Array.from({ length: 400 }, (_, i) => encode(randomDoc(r, 30_000 + i))),
    });
    await database.close();
    database = await createDatabase({
      dataDir,
      indexes: INDEXES,
      indexPolicy: 'warn',
      onUnindexedQuery: (report) => reports.push(report),
    });
    expect(stored().length).toBeGreaterThanOrEqual(600);
    for (let i = 0; i < 120; i++) {
      await checkFind(r, `after restart ${i}`, i % 2 ? listingQuery(r) : undefined);
      if (i % 3 === 0) await randomWrite(r, 20_000 + i);
    }
  });

  it('falls back to the scan while a document holds an array under an index key, and uses the index again after', async () => {
    const r = new Random(generator(11));
    await topUp(r, 500);
    await call('database.insertDocument', { data: [encode({ _id: 'with-array', a: [1, 2], b: ['alpha', 'x'] })] });
    for (let i = 0; i < 60; i++) await checkFind(r, `with an array ${i}`);
    await call('database.removeDocument', { query: encode({ _id: 'with-array' }), multi: false });
    for (let i = 0; i < 30; i++) await checkFind(r, `after the array ${i}`);
  });
});

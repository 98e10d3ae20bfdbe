import { startTestDatabase, TestDatabase, rejectionOf } from '../support/database';

let t: TestDatabase;
let n = 0;

beforeAll(async () => {
  t = await startTestDatabase({ collections: ['docs'] });
});
afterAll(() => t.stop());

/** Adds a document, applies the update through doc().update, answers the stored result. */
async function afterUpdate(
  initial: Record<string, unknown>,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const _id = `u${++n}`;
  await t.db.collection('docs').add({ data: { _id, ...initial } });
  await t.db.collection('docs').doc(_id).update({ data });
  const { data: stored } = await t.db.collection('docs').doc(_id).get();
  const { _id: _ignored, ...rest } = stored as Record<string, unknown>;
  return rest;
}

describe('update operators', () => {
  const _ = () => t.db.command;

  it('the cloud sets a field with set(), replacing an object value whole', async () => {
    expect(await afterUpdate({ a: { x: 1, y: 2 } }, { a: _().set({ x: 9 }) })).toEqual({ a: { x: 9 } });
  });

  it('the cloud sets nested fields without touching siblings when given a plain object', async () => {
    expect(await afterUpdate({ a: { x: 1, y: 2 } }, { a: { x: 9 } })).toEqual({ a: { x: 9, y: 2 } });
  });

  it('the cloud increments with inc(), creating a missing field', async () => {
    expect(await afterUpdate({ a: 1 }, { a: _().inc(2), b: _().inc(-1) })).toEqual({ a: 3, b: -1 });
  });

  it('the cloud multiplies with mul()', async () => {
    expect(await afterUpdate({ a: 3 }, { a: _().mul(4) })).toEqual({ a: 12 });
  });

  it('the cloud deletes a field with remove()', async () => {
    expect(await afterUpdate({ a: 1, b: 2 }, { b: _().remove() })).toEqual({ a: 1 });
  });

  it('the cloud appends with push(), one value or several', async () => {
    expect(await afterUpdate({ a: [1] }, { a: _().push(2) })).toEqual({ a: [1, 2] });
    expect(await afterUpdate({ a: [1] }, { a: _().push([2, 3]) })).toEqual({ a: [1, 2, 3] });
  });

  it('the cloud honours push() with each, position, sort and slice', async () => {
    expect(await afterUpdate({ a: [1, 4] }, { a: _().push({ each: [2, 3], position: 1 }) })).toEqual({
      a: [1, 2, 3, 4],
    });
    expect(await afterUpdate({ a: [5, 1] }, { a: _().push({ each: [3], sort: -1, slice: 2 }) })).toEqual({ a: [5, 3] });
  });

  it('the cloud removes the last element with pop() and the first with shift()', async () => {
    expect(await afterUpdate({ a: [1, 2, 3] }, { a: _().pop() })).toEqual({ a: [1, 2] });
    expect(await afterUpdate({ a: [1, 2, 3] }, { a: _().shift() })).toEqual({ a: [2, 3] });
  });

  it('the cloud prepends with unshift()', async () => {
    expect(await afterUpdate({ a: [3] }, { a: _().unshift([1, 2]) })).toEqual({ a: [1, 2, 3] });
  });

  it('the cloud adds a value missing from the array with addToSet(), and only then', async () => {
    expect(await afterUpdate({ a: ['x'] }, { a: _().addToSet('x') })).toEqual({ a: ['x'] });
    expect(await afterUpdate({ a: ['x'] }, { a: _().addToSet('y') })).toEqual({ a: ['x', 'y'] });
  });

  it('the cloud adds several values with addToSet({ each })', async () => {
    expect(await afterUpdate({ a: ['x'] }, { a: _().addToSet({ each: ['x', 'y', 'z'] }) })).toEqual({
      a: ['x', 'y', 'z'],
    });
  });

  it('the cloud removes matching values with pull(), by value or by condition', async () => {
    expect(await afterUpdate({ a: [1, 2, 1, 3] }, { a: _().pull(1) })).toEqual({ a: [2, 3] });
    expect(await afterUpdate({ a: [1, 5, 7, 2] }, { a: _().pull(_().gte(5)) })).toEqual({ a: [1, 2] });
  });

  it('the cloud removes matching objects from an array with pull()', async () => {
    expect(await afterUpdate({ a: [{ k: 1 }, { k: 2 }] }, { a: _().pull({ k: 1 }) })).toEqual({ a: [{ k: 2 }] });
  });

  it('the cloud removes every listed value with pullAll()', async () => {
    expect(await afterUpdate({ a: [1, 2, 3, 2] }, { a: _().pullAll([2, 3]) })).toEqual({ a: [1] });
  });

  it('the cloud renames a field with rename()', async () => {
    expect(await afterUpdate({ old: 1, keep: 2 }, { old: _().rename('fresh') })).toEqual({ keep: 2, fresh: 1 });
  });

  it('the cloud keeps the smaller or larger value with min() and max()', async () => {
    expect(await afterUpdate({ lo: 5, hi: 5 }, { lo: _().min(3), hi: _().max(9) })).toEqual({ lo: 3, hi: 9 });
  });

  it('the cloud updates array elements by index with a dotted path', async () => {
    expect(await afterUpdate({ a: [{ v: 1 }, { v: 2 }] }, { 'a.1.v': 20 })).toEqual({ a: [{ v: 1 }, { v: 20 }] });
  });

  it('the cloud sets serverDate() inside an update', async () => {
    const before = Date.now();
    const stored = await afterUpdate({}, { at: t.db.serverDate() });
    expect((stored.at as Date).getTime()).toBeGreaterThanOrEqual(before);
  });

  it('the cloud applies several operators in one update', async () => {
    expect(await afterUpdate({ a: 1, list: [1] }, { a: _().inc(1), list: _().push(2), flag: true })).toEqual({
      a: 2,
      list: [1, 2],
      flag: true,
    });
  });

  it('the cloud applies operators in a where().update() to every match', async () => {
    await t.db.collection('docs').add({
      data: [
        { group: 'g', v: 1 },
        { group: 'g', v: 2 },
      ] as unknown as Record<string, unknown>,
    });
    const result = await t.db
      .collection('docs')
      .where({ group: 'g' })
      .update({ data: { v: _().inc(10) } });
    expect(result.stats.updated).toBe(2);
    const { data } = await t.db.collection('docs').where({ group: 'g' }).orderBy('v', 'asc').get();
    expect((data as { v: number }[]).map((d) => d.v)).toEqual([11, 12]);
  });

  it('the cloud refuses inc() and mul() on a field that is not a number (-502001), changing nothing', async () => {
    await t.db.collection('docs').add({ data: { _id: 'typed-1', label: 'seven', none: null, n: 1 } });
    const doc = t.db.collection('docs').doc('typed-1');
    expect((await rejectionOf(doc.update({ data: { label: _().inc(1), n: _().inc(1) } }))).errCode).toBe(-502001);
    expect((await rejectionOf(doc.update({ data: { none: _().mul(2) } }))).errCode).toBe(-502001);
    expect((await doc.get()).data).toEqual({ _id: 'typed-1', label: 'seven', none: null, n: 1 });
  });

  it('the cloud refuses push, addToSet, pop and pull on a field that is not an array (-502001)', async () => {
    await t.db.collection('docs').add({ data: { _id: 'typed-2', tags: 'leak', count: 3 } });
    const doc = t.db.collection('docs').doc('typed-2');
    for (const data of [
      { tags: _().push('x') },
      { tags: _().addToSet('x') },
      { count: _().pop() },
      { count: _().pull(3) },
    ]) {
      expect((await rejectionOf(doc.update({ data }))).errCode).toBe(-502001);
    }
    expect((await doc.get()).data).toEqual({ _id: 'typed-2', tags: 'leak', count: 3 });
  });

  it('the cloud refuses to create a field inside a value that cannot hold one (-502001)', async () => {
    await t.db.collection('docs').add({ data: { _id: 'typed-3', address: null, title: 'x' } });
    const doc = t.db.collection('docs').doc('typed-3');
    expect((await rejectionOf(doc.update({ data: { address: { street: 'Y' } } }))).errCode).toBe(-502001);
    expect((await rejectionOf(doc.update({ data: { 'title.en': 'x' } }))).errCode).toBe(-502001);
    await doc.update({ data: { address: _().set({ street: 'Y' }) } });
    expect((await doc.get()).data).toEqual({ _id: 'typed-3', address: { street: 'Y' }, title: 'x' });
  });

  it('the cloud applies overlapping inc() on one document atomically: none is lost', async () => {
    await t.db.collection('docs').add({ data: { _id: 'counter', n: 0 } });
    await Promise.all(
      Array.from({ length: 50 }, () =>
        t.db
          .collection('docs')
          .doc('counter')
          .update({ data: { n: _().inc(1) } }),
      ),
    );
    expect(((await t.db.collection('docs').doc('counter').get()).data as { n: number }).n).toBe(50);
  });
});

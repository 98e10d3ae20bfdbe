import { startTestDatabase, TestDatabase, rejectionOf } from '../support/database';

const COLLECTION_NOT_EXIST = -502005;

let t: TestDatabase;
beforeAll(async () => {
  t = await startTestDatabase({
    collections: ['todos', 'people'],
    indexes: { declared: [{ name: 'by_name', keys: { name: 1 } }] },
  });
});
afterAll(() => t.stop());

describe('collections', () => {
  it('the cloud creates a collection explicitly with createCollection and then accepts documents', async () => {
    const created = await t.db.createCollection('fresh');
    expect(created.errMsg).toBe('createCollection:ok');
    const added = await t.db.collection('fresh').add({ data: { a: 1 } });
    expect(typeof added._id).toBe('string');
  });

  it('the cloud refuses to create a collection that already exists', async () => {
    const error = await rejectionOf(t.db.createCollection('todos'));
    // wx-server-sdk reports every createCollection failure with errCode -1
    expect(error.errCode).toBe(-1);
  });

  it('the cloud does not auto-create a collection on add: it fails with -502005', async () => {
    const error = await rejectionOf(t.db.collection('never_created').add({ data: { a: 1 } }));
    expect(error.errCode).toBe(COLLECTION_NOT_EXIST);
    expect(t.database.collections()).not.toContain('never_created');
  });

  it('the cloud answers -502005 for get, count, update, remove and doc().get on a missing collection', async () => {
    const missing = t.db.collection('missing');
    const calls = [
      missing.get(),
      missing.count(),
      missing.where({ a: 1 }).update({ data: { a: 2 } }),
      missing.where({ a: 1 }).remove(),
      missing.doc('x').get(),
    ];
    for (const call of calls) expect((await rejectionOf(call)).errCode).toBe(COLLECTION_NOT_EXIST);
  });

  it('the cloud fails aggregate() on a missing collection (wx-server-sdk reports it as errCode -1)', async () => {
    const error = await rejectionOf(t.db.collection('missing').aggregate().match({ a: 1 }).end());
    expect(error.errCode).toBe(-1);
    expect(error.errMsg).toMatch(/^collection\.aggregate:fail/);
  });

  it('the project declares collections in database.json and they exist from the start', async () => {
    const result = await t.db.collection('declared').get();
    expect(result.data).toEqual([]);
  });
});

describe('add', () => {
  it('the cloud answers add with the new document _id', async () => {
    const result = await t.db.collection('todos').add({ data: { title: 'fix the door' } });
    expect(result).toEqual({ _id: expect.stringMatching(/^[0-9a-f]{32}$/), errMsg: 'collection.add:ok' });
  });

  it('the cloud keeps a caller-chosen _id', async () => {
    const result = await t.db.collection('todos').add({ data: { _id: 'chosen-1', title: 'x' } });
    expect(result._id).toBe('chosen-1');
    expect((await t.db.collection('todos').doc('chosen-1').get()).data).toEqual({ _id: 'chosen-1', title: 'x' });
  });

  it('the cloud refuses a second document with the same _id', async () => {
    await t.db.collection('todos').add({ data: { _id: 'dup-1' } });
    const error = await rejectionOf(t.db.collection('todos').add({ data: { _id: 'dup-1' } }));
    expect(error.errCode).toBe(-502001);
  });

  it('the cloud adds several documents at once and answers their _ids', async () => {
    const result = (await t.db
      .collection('todos')
      .add({ data: [{ n: 1 }, { n: 2 }] as unknown as Record<string, unknown> })) as unknown as { _ids: string[] };
    expect(result._ids).toHaveLength(2);
  });

  it('the cloud stores dates, nested objects, arrays, null and booleans as they were given', async () => {
    const data = {
      at: new Date('2026-03-02T08:00:00.000Z'),
      nested: { deep: { list: [1, 'two', { three: 3 }] } },
      none: null,
      yes: true,
      ratio: 0.25,
    };
    const { _id } = await t.db.collection('todos').add({ data });
    expect((await t.db.collection('todos').doc(_id).get()).data).toEqual({ _id, ...data });
  });

  it('the cloud keeps integers beyond 32 bits exact (a millisecond timestamp stored as a number) and matches them', async () => {
    const at = 1767225600123;
    const { _id } = await t.db.collection('todos').add({ data: { at, big: 2 ** 40, negative: -(2 ** 35) } });
    expect((await t.db.collection('todos').doc(_id).get()).data).toEqual({
      _id,
      at,
      big: 2 ** 40,
      negative: -(2 ** 35),
    });
    expect(
      (
        await t.db
          .collection('todos')
          .where({ at: t.db.command.gt(at - 1) })
          .count()
      ).total,
    ).toBe(1);
  });

  it('the cloud fills serverDate() with the server clock', async () => {
    const before = Date.now();
    const { _id } = await t.db
      .collection('todos')
      .add({ data: { at: t.db.serverDate(), later: t.db.serverDate({ offset: 60_000 }) } });
    const { data } = await t.db.collection('todos').doc(_id).get();
    const at = (data as { at: Date }).at;
    expect(at).toBeInstanceOf(Date);
    expect(at.getTime()).toBeGreaterThanOrEqual(before);
    expect((data as { later: Date }).later.getTime() - at.getTime()).toBe(60_000);
  });

  it('a document added from a cloud function carries no _openid', async () => {
    const { _id } = await t.db.collection('todos').add({ data: { a: 1 } });
    expect((await t.db.collection('todos').doc(_id).get()).data).not.toHaveProperty('_openid');
  });
});

describe('doc()', () => {
  it('the cloud answers doc().get with the document as data', async () => {
    await t.db.collection('people').add({ data: { _id: 'p1', name: 'Li Lei', age: 30 } });
    expect(await t.db.collection('people').doc('p1').get()).toEqual({
      data: { _id: 'p1', name: 'Li Lei', age: 30 },
      errMsg: 'document.get:ok',
    });
  });

  it('the cloud fails doc().get for a missing document', async () => {
    const error = await rejectionOf(t.db.collection('people').doc('nobody').get());
    expect(error.errCode).toBe(-1);
  });

  it('the cloud applies field() to doc().get', async () => {
    await t.db.collection('people').add({ data: { _id: 'p2', name: 'Han Meimei', age: 28, phone: '123' } });
    expect((await t.db.collection('people').doc('p2').field({ name: true }).get()).data).toEqual({
      _id: 'p2',
      name: 'Han Meimei',
    });
  });

  it('the cloud creates a document with set() when it does not exist (stats.created 1)', async () => {
    const result = await t.db
      .collection('people')
      .doc('p3')
      .set({ data: { name: 'New' } });
    expect(result.stats).toEqual({ updated: 0, created: 1 });
    expect((await t.db.collection('people').doc('p3').get()).data).toEqual({ _id: 'p3', name: 'New' });
  });

  it('the cloud replaces the whole document with set()', async () => {
    await t.db.collection('people').add({ data: { _id: 'p4', name: 'Old', age: 1 } });
    const result = await t.db
      .collection('people')
      .doc('p4')
      .set({ data: { name: 'Replaced' } });
    expect(result.stats).toEqual({ updated: 1, created: 0 });
    expect((await t.db.collection('people').doc('p4').get()).data).toEqual({ _id: 'p4', name: 'Replaced' });
  });

  it('the cloud merges update() into the document and answers stats.updated 1', async () => {
    await t.db.collection('people').add({ data: { _id: 'p5', name: 'A', address: { city: 'Shanghai', street: 'X' } } });
    const result = await t.db
      .collection('people')
      .doc('p5')
      .update({ data: { address: { street: 'Y' } } });
    expect(result).toEqual({ stats: { updated: 1 }, errMsg: 'document.update:ok' });
    expect((await t.db.collection('people').doc('p5').get()).data).toEqual({
      _id: 'p5',
      name: 'A',
      address: { city: 'Shanghai', street: 'Y' },
    });
  });

  it('the cloud answers stats.updated 0 when update() targets a missing document', async () => {
    expect(
      (
        await t.db
          .collection('people')
          .doc('ghost')
          .update({ data: { a: 1 } })
      ).stats.updated,
    ).toBe(0);
  });

  it('the cloud answers stats.updated 0 when update() changes nothing', async () => {
    await t.db.collection('people').add({ data: { _id: 'p6', a: 1 } });
    expect(
      (
        await t.db
          .collection('people')
          .doc('p6')
          .update({ data: { a: 1 } })
      ).stats.updated,
    ).toBe(0);
  });

  it('the cloud removes a document with remove() and answers stats.removed', async () => {
    await t.db.collection('people').add({ data: { _id: 'p7' } });
    expect(await t.db.collection('people').doc('p7').remove()).toEqual({
      stats: { removed: 1 },
      errMsg: 'document.remove:ok',
    });
    expect((await t.db.collection('people').where({ _id: 'p7' }).get()).data).toEqual([]);
  });

  it('the cloud answers stats.removed 0 for a missing document', async () => {
    expect((await t.db.collection('people').doc('ghost').remove({})).stats.removed).toBe(0);
  });
});

describe('where().update() and where().remove()', () => {
  beforeAll(async () => {
    await t.db.createCollection('batch');
    await t.db.collection('batch').add({
      data: [1, 2, 3, 4].map((n) => ({ n, kind: n % 2 ? 'odd' : 'even' })) as unknown as Record<string, unknown>,
    });
  });

  it('the cloud updates every matching document and counts them', async () => {
    const result = await t.db
      .collection('batch')
      .where({ kind: 'odd' })
      .update({ data: { flagged: true } });
    expect(result.stats.updated).toBe(2);
    expect((await t.db.collection('batch').where({ flagged: true }).count()).total).toBe(2);
  });

  it('the cloud removes every matching document and counts them', async () => {
    const result = await t.db.collection('batch').where({ kind: 'even' }).remove();
    expect(result.stats.removed).toBe(2);
    expect((await t.db.collection('batch').count()).total).toBe(2);
  });
});

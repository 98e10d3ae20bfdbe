/**
 * The index policy through the genuine SDK: a query no declared index serves is reported once per
 * shape ('warn') or refused with -502001 `[IndexRequired]` ('strict'), with an index to declare;
 * `_id` lookups and ranges, an empty count and an empty find in a served order (or none) are exempt.
 */
import { startTestDatabase, rejectionOf } from '../support/database';
import type { TestDatabase } from '../support/database';
import type { IndexDeclarations, UnindexedQuery } from '../../../local/database';

const REQUEST_FAILED = -502001;

const INDEXES: IndexDeclarations = {
  tickets: [
    { name: 'owner_updated', keys: { ownerOpenid: 1, updatedAt: -1, _id: -1 } },
    { name: 'inbox', keys: { communityId: 1, department: 1, status: 1, 'sla.dueAt': 1, _id: 1 } },
  ],
};

async function seed(t: TestDatabase): Promise<void> {
  await t.db.collection('tickets').add({
    data: [
      { _id: 't1', ownerOpenid: 'o1', updatedAt: '2026-01-02', communityId: 'c1', department: 'eng', status: 'new' },
      { _id: 't2', ownerOpenid: 'o1', updatedAt: '2026-01-03', communityId: 'c1', department: 'eng', status: 'done' },
    ],
  });
}

describe("indexPolicy 'warn'", () => {
  let t: TestDatabase;
  const reports: UnindexedQuery[] = [];
  beforeAll(async () => {
    t = await startTestDatabase({ indexes: INDEXES, indexPolicy: 'warn', onUnindexedQuery: (r) => reports.push(r) });
    await seed(t);
  });
  afterAll(() => t.stop());
  beforeEach(() => (reports.length = 0));

  it('reports a query no index serves once per shape, without its values, with an index to declare', async () => {
    const tickets = t.db.collection('tickets');
    expect((await tickets.where({ status: 'new' }).get()).data).toHaveLength(1);
    await tickets.where({ status: 'done' }).get();
    expect(reports).toEqual([
      {
        collection: 'tickets',
        operation: 'find',
        shape: 'find tickets {"status":"$eq"}',
        reason: 'filter',
        suggestedIndex: { name: 'status', keys: { status: 1 } },
      },
    ]);
    await tickets.where({ status: t.db.command.in(['new', 'done']) }).count();
    expect(reports[1]).toMatchObject({ operation: 'count', shape: 'count tickets {"status":{"$in":"?"}}' });
  });

  it('reports an order the chosen index cannot deliver, suggesting equality, then sort, then range keys', async () => {
    await t.db
      .collection('tickets')
      .where({ ownerOpenid: 'o1', createdAt: t.db.command.gt('2026') })
      .orderBy('number', 'desc')
      .get();
    expect(reports).toEqual([
      expect.objectContaining({
        reason: 'order',
        shape: 'find tickets {"ownerOpenid":"$eq","createdAt":{"$gt":"?"}} order {"number":-1}',
        suggestedIndex: { name: 'ownerOpenid_number_createdAt', keys: { ownerOpenid: 1, number: -1, createdAt: 1 } },
      }),
    ]);
  });

  it('stays silent for served queries and the exempt ones', async () => {
    const _ = t.db.command;
    const tickets = t.db.collection('tickets');
    await tickets.where({ ownerOpenid: 'o1' }).orderBy('updatedAt', 'desc').orderBy('_id', 'desc').get();
    await tickets
      .where({ communityId: 'c1', department: 'eng', status: _.in(['new', 'done']) })
      .orderBy('sla.dueAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(21)
      .get();
    await tickets.where({ communityId: 'c1', department: 'eng' }).count();
    await tickets.where({ ownerOpenid: 'o1' }).update({ data: { seen: true } });
    await tickets
      .aggregate()
      .match({ communityId: 'c1' })
      .group({ _id: '$status', n: _.aggregate.sum(1) })
      .end();
    await tickets.doc('t1').get();
    await tickets
      .where({ _id: _.in(['t1', 't2']), status: 'new' })
      .orderBy('status', 'asc')
      .get();
    await tickets.count();
    // the cloud's built-in _id index serves a range on _id as well
    await tickets
      .where({ _id: _.gt('') })
      .limit(1)
      .get();
    await tickets
      .where({})
      .remove()
      .catch(() => undefined);
    await seed(t);
    await tickets.get();
    await tickets.orderBy('ownerOpenid', 'asc').limit(5).get();
    expect(reports).toEqual([]);
  });

  it('reports an empty find whose order no index delivers', async () => {
    await t.db.collection('tickets').orderBy('number', 'asc').get();
    expect(reports).toEqual([
      expect.objectContaining({ reason: 'order', shape: 'find tickets {} order {"number":1}' }),
    ]);
  });
});

describe("indexPolicy 'strict'", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await startTestDatabase({ indexes: INDEXES, indexPolicy: 'strict' });
  });
  afterAll(() => t.stop());

  it('refuses an unindexed find, count, update, remove and aggregate $match even on an empty collection', async () => {
    const tickets = t.db.collection('tickets');
    // aggregate().end() reports errCode -1 for any failure (the SDK's wrapper, as with the cloud)
    const attempts: [() => Promise<unknown>, number][] = [
      [() => tickets.where({ status: 'new' }).get(), REQUEST_FAILED],
      [() => tickets.where({ status: 'new' }).count(), REQUEST_FAILED],
      [() => tickets.where({ status: 'new' }).update({ data: { seen: true } }), REQUEST_FAILED],
      [() => tickets.where({ status: 'new' }).remove(), REQUEST_FAILED],
      [() => tickets.aggregate().match({ status: 'new' }).end(), -1],
      [() => tickets.where({ ownerOpenid: 'o1' }).orderBy('createdAt', 'desc').get(), REQUEST_FAILED],
    ];
    for (const [attempt, errCode] of attempts) {
      const error = await rejectionOf(attempt());
      expect(error.errCode).toBe(errCode);
      expect(error.errMsg).toMatch(/\[IndexRequired\] \w+ tickets \{/);
    }
  });

  it('names the shape and the index to declare in the refusal', async () => {
    const error = await rejectionOf(t.db.collection('tickets').where({ status: 'new', 'sla.dueAt': 'x' }).get());
    expect(error.errMsg).toContain('find tickets {"status":"$eq","sla.dueAt":"$eq"}');
    expect(error.errMsg).toContain('{"name":"status_sla_dueAt","keys":{"status":1,"sla.dueAt":1}}');
  });

  it('answers the exempt and the served queries', async () => {
    await seed(t);
    const tickets = t.db.collection('tickets');
    expect((await tickets.doc('t1').get()).data).toMatchObject({ _id: 't1' });
    expect((await tickets.count()).total).toBe(2);
    expect((await tickets.get()).data).toHaveLength(2);
    expect(
      (await tickets.where({ ownerOpenid: 'o1' }).orderBy('updatedAt', 'desc').get()).data.map((d) => d._id),
    ).toEqual(['t2', 't1']);
  });

  it('serves the query once the suggested index is declared', async () => {
    const query = (on: TestDatabase) =>
      on.db.collection('tickets').where({ department: 'eng' }).orderBy('status', 'asc').get();
    const error = await rejectionOf(query(t));
    const suggested = JSON.parse(/(\{"name".*\})$/.exec(error.errMsg ?? '')?.[1] ?? 'null');
    expect(suggested).toEqual({ name: 'department_status', keys: { department: 1, status: 1 } });
    const declared = await startTestDatabase({
      indexes: { tickets: [...INDEXES.tickets, suggested] },
      indexPolicy: 'strict',
    });
    try {
      await seed(declared);
      expect((await query(declared)).data.map((d) => d._id)).toEqual(['t2', 't1']);
    } finally {
      await declared.stop();
    }
  });
});

import { startTestDatabase, TestDatabase, rejectionOf } from '../support/database';

let t: TestDatabase;
const tickets = [
  {
    _id: 't1',
    status: 'open',
    priority: 3,
    building: 'A',
    tags: ['leak', 'urgent'],
    owner: { name: 'Wang', floor: 2 },
    notes: [{ by: 'x', score: 1 }],
    title: 'Water leak in kitchen',
  },
  {
    _id: 't2',
    status: 'closed',
    priority: 1,
    building: 'B',
    tags: ['noise'],
    owner: { name: 'Li', floor: 5 },
    notes: [{ by: 'y', score: 5 }],
    title: 'Noise at night',
  },
  {
    _id: 't3',
    status: 'open',
    priority: 2,
    building: 'A',
    tags: ['leak'],
    owner: { name: 'Zhao', floor: 7 },
    notes: [],
    title: 'Roof LEAK',
  },
  {
    _id: 't4',
    status: 'pending',
    priority: 5,
    building: 'C',
    tags: [],
    owner: { name: 'Wang', floor: 1 },
    title: 'Lift broken',
    rating: 4,
  },
  {
    _id: 't5',
    status: 'open',
    priority: 4,
    building: 'B',
    tags: ['urgent', 'lift', 'noise'],
    owner: { name: 'Sun', floor: 3 },
    notes: [{ by: 'x', score: 3 }],
    title: 'Lift stuck',
  },
];

const ids = (result: { data: unknown[] }): string[] => (result.data as { _id: string }[]).map((d) => d._id);

beforeAll(async () => {
  t = await startTestDatabase({ collections: ['tickets', 'many'] });
  await t.db.collection('tickets').add({ data: tickets as unknown as Record<string, unknown> });
  await t.db
    .collection('many')
    .add({ data: Array.from({ length: 1200 }, (_, i) => ({ i })) as unknown as Record<string, unknown> });
});
afterAll(() => t.stop());

describe('where', () => {
  const coll = () => t.db.collection('tickets');

  it('the cloud matches plain equality on several fields', async () => {
    expect(ids(await coll().where({ status: 'open', building: 'A' }).get())).toEqual(['t1', 't3']);
  });

  it('the cloud matches a nested field given as an object or as a dotted path', async () => {
    expect(
      ids(
        await coll()
          .where({ owner: { name: 'Wang' } })
          .get(),
      ),
    ).toEqual(['t1', 't4']);
    expect(ids(await coll().where({ 'owner.floor': 5 }).get())).toEqual(['t2']);
  });

  it('the cloud matches an array field containing a value', async () => {
    expect(ids(await coll().where({ tags: 'urgent' }).get())).toEqual(['t1', 't5']);
  });

  it('the cloud matches eq and neq', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where({ priority: _.eq(2) })
          .get(),
      ),
    ).toEqual(['t3']);
    expect(
      ids(
        await coll()
          .where({ status: _.neq('open') })
          .get(),
      ),
    ).toEqual(['t2', 't4']);
  });

  it('the cloud matches gt, gte, lt and lte', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where({ priority: _.gt(3) })
          .get(),
      ),
    ).toEqual(['t4', 't5']);
    expect(
      ids(
        await coll()
          .where({ priority: _.gte(3) })
          .get(),
      ),
    ).toEqual(['t1', 't4', 't5']);
    expect(
      ids(
        await coll()
          .where({ priority: _.lt(2) })
          .get(),
      ),
    ).toEqual(['t2']);
    expect(
      ids(
        await coll()
          .where({ priority: _.lte(2) })
          .get(),
      ),
    ).toEqual(['t2', 't3']);
  });

  it('the cloud matches an in list', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where({ building: _.in(['B', 'C']) })
          .get(),
      ),
    ).toEqual(['t2', 't4', 't5']);
  });

  it('the cloud matches a nin list', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where({ building: _.nin(['A', 'B']) })
          .get(),
      ),
    ).toEqual(['t4']);
  });

  it('the cloud combines conditions on one field with and()', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where({ priority: _.gt(1).and(_.lt(4)) })
          .get(),
      ),
    ).toEqual(['t1', 't3']);
  });

  it('the cloud combines conditions on one field with or()', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where({ priority: _.lt(2).or(_.gt(4)) })
          .get(),
      ),
    ).toEqual(['t2', 't4']);
  });

  it('the cloud matches _.or across fields', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where(_.or([{ building: 'C' }, { priority: 1 }]))
          .get(),
      ),
    ).toEqual(['t2', 't4']);
  });

  it('the cloud matches _.and across fields', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where(_.and([{ status: 'open' }, { priority: _.gte(3) }]))
          .get(),
      ),
    ).toEqual(['t1', 't5']);
  });

  it('the cloud matches nor and not', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where(_.nor([{ status: 'open' }, { building: 'C' }]))
          .get(),
      ),
    ).toEqual(['t2']);
    expect(
      ids(
        await coll()
          .where({ priority: _.not(_.gt(2)) })
          .get(),
      ),
    ).toEqual(['t2', 't3']);
  });

  it('the cloud matches exists', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where({ rating: _.exists(true) })
          .get(),
      ),
    ).toEqual(['t4']);
    expect(
      ids(
        await coll()
          .where({ notes: _.exists(false) })
          .get(),
      ),
    ).toEqual(['t4']);
  });

  it('the cloud matches the size of an array', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where({ tags: _.size(2) })
          .get(),
      ),
    ).toEqual(['t1']);
  });

  it('the cloud matches elemMatch on an array of objects', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where({ notes: _.elemMatch({ by: 'x', score: _.gte(2) }) })
          .get(),
      ),
    ).toEqual(['t5']);
  });

  it('the cloud matches all', async () => {
    const _ = t.db.command;
    expect(
      ids(
        await coll()
          .where({ tags: _.all(['urgent', 'noise']) })
          .get(),
      ),
    ).toEqual(['t5']);
  });

  it('the cloud matches a regular expression given as a JS RegExp', async () => {
    expect(ids(await coll().where({ title: /leak/i }).get())).toEqual(['t1', 't3']);
  });

  it('the cloud matches db.RegExp with options', async () => {
    expect(
      ids(
        await coll()
          .where({ title: t.db.RegExp({ regexp: '^lift', options: 'i' }) })
          .get(),
      ),
    ).toEqual(['t4', 't5']);
  });

  it('the cloud lets . match a newline with the s option of db.RegExp', async () => {
    await t.db.createCollection('texts');
    await t.db.collection('texts').add({ data: { _id: 'x1', body: 'Water\nleak' } });
    expect(
      ids(
        await t.db
          .collection('texts')
          .where({ body: t.db.RegExp({ regexp: 'water.leak', options: 'i' }) })
          .get(),
      ),
    ).toEqual([]);
    expect(
      ids(
        await t.db
          .collection('texts')
          .where({ body: t.db.RegExp({ regexp: 'water.leak', options: 'is' }) })
          .get(),
      ),
    ).toEqual(['x1']);
  });

  it('the cloud (MongoDB underneath) ignores whitespace and #-comments in the pattern with the x option', async () => {
    const extended = t.db.RegExp({ regexp: '^ lift \\s  (broken|stuck)  # what went wrong', options: 'ix' });
    expect(ids(await coll().where({ title: extended }).get())).toEqual(['t4', 't5']);
    const spaceInClass = t.db.RegExp({ regexp: 'water[ ]leak # a class keeps its space', options: 'ix' });
    expect(ids(await coll().where({ title: spaceInClass }).get())).toEqual(['t1']);
  });

  it('the cloud refuses a regular expression option MongoDB does not know (-502001)', async () => {
    const error = await rejectionOf(
      coll()
        .where({ title: t.db.RegExp({ regexp: 'leak', options: 'q' }) })
        .get(),
    );
    expect(error.errCode).toBe(-502001);
  });

  it('the cloud compares dates', async () => {
    await t.db.createCollection('dated');
    await t.db.collection('dated').add({
      data: [
        { _id: 'd1', at: new Date('2026-01-01T00:00:00Z') },
        { _id: 'd2', at: new Date('2026-02-01T00:00:00Z') },
      ] as unknown as Record<string, unknown>,
    });
    const _ = t.db.command;
    expect(
      ids(
        await t.db
          .collection('dated')
          .where({ at: _.gte(new Date('2026-01-15T00:00:00Z')) })
          .get(),
      ),
    ).toEqual(['d2']);
  });

  it('the cloud matches an empty where() against every document', async () => {
    expect(ids(await coll().where({}).get())).toHaveLength(5);
  });

  it('the cloud rejects geo queries here: the local engine answers an operator error (-502002)', async () => {
    const _ = t.db.command;
    const near = coll()
      .where({ location: _.geoNear({ geometry: t.db.Geo.Point(121.47, 31.23), maxDistance: 1000 }) })
      .get();
    expect((await rejectionOf(near)).errCode).toBe(-502002);
    const within = coll()
      .where({ location: _.geoWithin({ centerSphere: [[121.47, 31.23], 0.01] }) })
      .get();
    expect((await rejectionOf(within)).errCode).toBe(-502002);
  });

  it('the cloud still stores geo points as data', async () => {
    const { _id } = await coll().add({ data: { location: t.db.Geo.Point(121.47, 31.23) } });
    const { data } = await coll().doc(_id).get();
    expect((data as { location: { longitude: number; latitude: number } }).location).toMatchObject({
      longitude: 121.47,
      latitude: 31.23,
    });
    await coll().doc(_id).remove();
  });
});

describe('orderBy, skip, limit, field', () => {
  const coll = () => t.db.collection('tickets');

  it('the cloud sorts ascending and descending', async () => {
    expect(ids(await coll().orderBy('priority', 'asc').get())).toEqual(['t2', 't3', 't1', 't5', 't4']);
    expect(ids(await coll().orderBy('priority', 'desc').get())).toEqual(['t4', 't5', 't1', 't3', 't2']);
  });

  it('the cloud sorts by several fields in the order they were given', async () => {
    expect(ids(await coll().orderBy('building', 'asc').orderBy('priority', 'desc').get())).toEqual([
      't1',
      't3',
      't5',
      't2',
      't4',
    ]);
  });

  it('the cloud sorts on a nested field', async () => {
    expect(ids(await coll().orderBy('owner.floor', 'asc').get())).toEqual(['t4', 't1', 't5', 't2', 't3']);
  });

  it('the cloud pages with skip and limit after sorting', async () => {
    expect(ids(await coll().orderBy('priority', 'asc').skip(1).limit(2).get())).toEqual(['t3', 't1']);
  });

  it('the cloud returns 100 documents when no limit is given', async () => {
    expect((await t.db.collection('many').get()).data).toHaveLength(100);
  });

  it('the cloud returns at most 1000 documents whatever the limit', async () => {
    expect((await t.db.collection('many').limit(5000).get()).data).toHaveLength(1000);
  });

  it('the server applies the default 100 and the cap 1000 itself, whatever the client sends', async () => {
    const list = async (params: Record<string, unknown>): Promise<number> => {
      const answer = (await t.database.handle('database.getDocument', {
        collectionName: 'many',
        queryType: 'WHERE',
        ...params,
      })) as unknown as { data: { list: string[] } };
      return answer.data.list.length;
    };
    expect(await list({})).toBe(100);
    expect(await list({ limit: 5000 })).toBe(1000);
    expect(await list({ limit: 7, offset: 1195 })).toBe(5);
  });

  it('the cloud includes only the chosen fields (and _id) with field()', async () => {
    const { data } = await coll().where({ _id: 't2' }).field({ status: true, 'owner.name': true }).get();
    expect(data).toEqual([{ _id: 't2', status: 'closed', owner: { name: 'Li' } }]);
  });

  it('the cloud leaves out fields set to false with field()', async () => {
    const { data } = await coll().where({ _id: 't4' }).field({ owner: false, tags: false, title: false }).get();
    expect(data).toEqual([{ _id: 't4', status: 'pending', priority: 5, building: 'C', rating: 4 }]);
  });

  it('the cloud slices arrays in a projection with command.project.slice', async () => {
    const _ = t.db.command;
    const { data } = await coll()
      .where({ _id: 't5' })
      .field({ tags: _.project.slice(1) })
      .get();
    expect((data as { tags: string[] }[])[0].tags).toEqual(['urgent']);
  });
});

describe('count', () => {
  it('the cloud counts the documents matching the filter as total', async () => {
    expect(await t.db.collection('tickets').where({ status: 'open' }).count()).toEqual({
      total: 3,
      errMsg: 'collection.count:ok',
    });
  });

  it('the cloud counts every document when there is no filter, ignoring the 100 default limit', async () => {
    expect((await t.db.collection('many').count()).total).toBe(1200);
  });
});

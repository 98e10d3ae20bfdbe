import { startTestDatabase, TestDatabase, rejectionOf } from '../support/database';

let t: TestDatabase;

beforeAll(async () => {
  t = await startTestDatabase({ collections: ['requests', 'buildings'] });
  await t.db.collection('requests').add({
    data: [
      { _id: 'r1', building: 'A', category: 'leak', minutes: 30, tags: ['x', 'y'] },
      { _id: 'r2', building: 'A', category: 'noise', minutes: 90, tags: ['y'] },
      { _id: 'r3', building: 'B', category: 'leak', minutes: 60, tags: [] },
      { _id: 'r4', building: 'C', category: 'leak', minutes: 20, tags: ['z'] },
    ] as unknown as Record<string, unknown>,
  });
  await t.db.collection('buildings').add({
    data: [
      { _id: 'A', name: 'Plum House' },
      { _id: 'B', name: 'Pine House' },
    ] as unknown as Record<string, unknown>,
  });
});
afterAll(() => t.stop());

describe('aggregate', () => {
  const $ = () => t.db.command.aggregate;

  it('the cloud answers aggregate().end() with the pipeline output as list', async () => {
    const result = await t.db.collection('requests').aggregate().match({ building: 'B' }).end();
    expect(result).toEqual({
      list: [{ _id: 'r3', building: 'B', category: 'leak', minutes: 60, tags: [] }],
      errMsg: 'collection.aggregate:ok',
    });
  });

  it('the cloud groups with sum, avg, max and a count', async () => {
    const { list } = await t.db
      .collection('requests')
      .aggregate()
      .group({
        _id: '$category',
        total: $().sum('$minutes'),
        mean: $().avg('$minutes'),
        longest: $().max('$minutes'),
        n: $().sum(1),
      })
      .sort({ _id: 1 })
      .end();
    expect(list).toEqual([
      { _id: 'leak', total: 110, mean: 110 / 3, longest: 60, n: 3 },
      { _id: 'noise', total: 90, mean: 90, longest: 90, n: 1 },
    ]);
  });

  it('the cloud groups on several keys and collects values with push/addToSet', async () => {
    const { list } = await t.db
      .collection('requests')
      .aggregate()
      .match({ category: 'leak' })
      .group({ _id: { b: '$building' }, ids: $().push('$_id') })
      .sort({ '_id.b': 1 })
      .end();
    expect(list).toEqual([
      { _id: { b: 'A' }, ids: ['r1'] },
      { _id: { b: 'B' }, ids: ['r3'] },
      { _id: { b: 'C' }, ids: ['r4'] },
    ]);
  });

  it('the cloud projects, computes fields and excludes _id with project', async () => {
    const { list } = await t.db
      .collection('requests')
      .aggregate()
      .match({ _id: 'r2' })
      .project({ _id: 0, building: 1, hours: $().divide(['$minutes', 60]) })
      .end();
    expect(list).toEqual([{ building: 'A', hours: 1.5 }]);
  });

  it('the cloud sorts, skips and limits in a pipeline', async () => {
    const { list } = await t.db
      .collection('requests')
      .aggregate()
      .sort({ minutes: -1 })
      .skip(1)
      .limit(2)
      .project({ _id: 1 })
      .end();
    expect(list).toEqual([{ _id: 'r3' }, { _id: 'r1' }]);
  });

  it('the cloud joins another collection with lookup', async () => {
    const { list } = await t.db
      .collection('requests')
      .aggregate()
      .match({ category: 'leak' })
      .lookup({ from: 'buildings', localField: 'building', foreignField: '_id', as: 'place' })
      .project({ _id: 1, place: 1 })
      .sort({ _id: 1 })
      .end();
    expect(list).toEqual([
      { _id: 'r1', place: [{ _id: 'A', name: 'Plum House' }] },
      { _id: 'r3', place: [{ _id: 'B', name: 'Pine House' }] },
      { _id: 'r4', place: [] },
    ]);
  });

  it('the cloud unwinds an array into one document per element', async () => {
    const { list } = await t.db.collection('requests').aggregate().unwind('$tags').project({ _id: 1, tags: 1 }).end();
    expect(list).toEqual([
      { _id: 'r1', tags: 'x' },
      { _id: 'r1', tags: 'y' },
      { _id: 'r2', tags: 'y' },
      { _id: 'r4', tags: 'z' },
    ]);
  });

  it('the cloud counts documents with the count stage', async () => {
    const { list } = await t.db.collection('requests').aggregate().match({ building: 'A' }).count('howMany').end();
    expect(list).toEqual([{ howMany: 2 }]);
  });

  it('the cloud adds computed fields with addFields, leaving stored documents untouched', async () => {
    const { list } = await t.db
      .collection('requests')
      .aggregate()
      .match({ _id: 'r1' })
      .addFields({ long: $().gt(['$minutes', 25]), 'meta.seen': true })
      .end();
    expect(list).toEqual([
      { _id: 'r1', building: 'A', category: 'leak', minutes: 30, tags: ['x', 'y'], long: true, meta: { seen: true } },
    ]);
    expect((await t.db.collection('requests').doc('r1').get()).data).not.toHaveProperty('meta');
  });

  it('the cloud matches with query commands inside an aggregate', async () => {
    const _ = t.db.command;
    const { list } = await t.db
      .collection('requests')
      .aggregate()
      .match({ minutes: _.gte(60), building: _.in(['A', 'B']) })
      .project({ _id: 1 })
      .end();
    expect(list).toEqual([{ _id: 'r2' }, { _id: 'r3' }]);
  });

  it('the local engine refuses the geoNear stage (geo is not supported)', async () => {
    const error = await rejectionOf(
      t.db
        .collection('requests')
        .aggregate()
        .geoNear({ distanceField: 'd', near: t.db.Geo.Point(121, 31) })
        .end(),
    );
    // wx-server-sdk reports aggregate failures as errCode -1; the answer itself is an operator error
    expect(error.errCode).toBe(-1);
    const direct = await t.database.handle('database.aggregateDocuments', {
      collectionName: 'requests',
      stages: [{ stageKey: '$geoNear', stageValue: '{"distanceField":"d"}' }],
    });
    expect(direct).toMatchObject({ code: 'DATABASE_INVALID_OPERRATOR' });
  });
});

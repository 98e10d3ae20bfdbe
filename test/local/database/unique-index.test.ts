import { startTestDatabase, TestDatabase, rejectionOf } from '../support/database';

const DUPLICATE_KEY = -502001;

let t: TestDatabase;

beforeAll(async () => {
  t = await startTestDatabase({
    indexes: {
      staff: [{ name: 'openid_unique', keys: { openid: 1 }, unique: true }],
      quotas: [
        { name: 'owner_template', keys: { owner: 1, template: 1 }, unique: true },
        { name: 'by_owner', keys: { owner: 1 } },
      ],
    },
  });
  await t.db.collection('staff').add({ data: { _id: 's1', openid: 'o-1', name: 'Wang' } });
});
afterAll(() => t.stop());

describe('unique indexes declared by the project', () => {
  it('the cloud refuses an add that repeats a unique key', async () => {
    const error = await rejectionOf(t.db.collection('staff').add({ data: { openid: 'o-1', name: 'Someone else' } }));
    expect(error.errCode).toBe(DUPLICATE_KEY);
    expect((await t.db.collection('staff').where({ openid: 'o-1' }).count()).total).toBe(1);
  });

  it('the cloud refuses an update that would repeat a unique key, leaving the document as it was', async () => {
    await t.db.collection('staff').add({ data: { _id: 's2', openid: 'o-2' } });
    const error = await rejectionOf(
      t.db
        .collection('staff')
        .doc('s2')
        .update({ data: { openid: 'o-1' } }),
    );
    expect(error.errCode).toBe(DUPLICATE_KEY);
    expect((await t.db.collection('staff').doc('s2').get()).data).toEqual({ _id: 's2', openid: 'o-2' });
  });

  it('the cloud refuses a set() that would repeat a unique key', async () => {
    const error = await rejectionOf(
      t.db
        .collection('staff')
        .doc('s9')
        .set({ data: { openid: 'o-1' } }),
    );
    expect(error.errCode).toBe(DUPLICATE_KEY);
  });

  it('the cloud frees a unique key when its document is removed or changes it', async () => {
    await t.db.collection('staff').add({ data: { _id: 's3', openid: 'o-3' } });
    await t.db
      .collection('staff')
      .doc('s3')
      .update({ data: { openid: 'o-3b' } });
    await t.db.collection('staff').add({ data: { openid: 'o-3' } });
    await t.db.collection('staff').doc('s3').remove();
    await expect(t.db.collection('staff').add({ data: { openid: 'o-3b' } })).resolves.toHaveProperty('_id');
  });

  it('the cloud treats a compound unique key as the combination of its fields', async () => {
    await t.db.collection('quotas').add({ data: { owner: 'o-1', template: 'T1', left: 1 } });
    await t.db.collection('quotas').add({ data: { owner: 'o-1', template: 'T2', left: 1 } });
    await t.db.collection('quotas').add({ data: { owner: 'o-2', template: 'T1', left: 1 } });
    const error = await rejectionOf(t.db.collection('quotas').add({ data: { owner: 'o-1', template: 'T1', left: 3 } }));
    expect(error.errCode).toBe(DUPLICATE_KEY);
  });

  it('the cloud counts a missing key field as null, so only one document may lack it', async () => {
    await t.db.collection('staff').add({ data: { name: 'no openid' } });
    const error = await rejectionOf(t.db.collection('staff').add({ data: { name: 'no openid either' } }));
    expect(error.errCode).toBe(DUPLICATE_KEY);
  });

  it('the cloud applies a where().update() all or nothing when one document would collide', async () => {
    await t.db.collection('quotas').add({
      data: [
        { owner: 'o-9', template: 'A', group: 'g' },
        { owner: 'o-9', template: 'B', group: 'g' },
      ] as unknown as Record<string, unknown>,
    });
    const error = await rejectionOf(
      t.db
        .collection('quotas')
        .where({ group: 'g' })
        .update({ data: { template: 'C' } }),
    );
    expect(error.errCode).toBe(DUPLICATE_KEY);
    const { data } = await t.db.collection('quotas').where({ group: 'g' }).orderBy('template', 'asc').get();
    expect((data as { template: string }[]).map((d) => d.template)).toEqual(['A', 'B']);
  });

  it('the cloud fails a transaction whose commit would repeat a unique key, writing none of it', async () => {
    const error = await rejectionOf(
      t.db.runTransaction(async (tx) => {
        await tx
          .collection('staff')
          .doc('s1')
          .update({ data: { name: 'Renamed' } });
        await tx.collection('staff').add({ data: { openid: 'o-1' } });
      }),
    );
    expect(error).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
    expect(((await t.db.collection('staff').doc('s1').get()).data as { name: string }).name).toBe('Wang');
  });

  it('the unique index still holds after a restart', async () => {
    await t.restart();
    const error = await rejectionOf(t.db.collection('staff').add({ data: { openid: 'o-1' } }));
    expect(error.errCode).toBe(DUPLICATE_KEY);
  });
});

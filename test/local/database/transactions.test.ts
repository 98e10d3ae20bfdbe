import { startTestDatabase, TestDatabase, rejectionOf } from '../support/database';

let t: TestDatabase;

beforeAll(async () => {
  t = await startTestDatabase({ collections: ['accounts', 'log'] });
});
afterAll(() => t.stop());

beforeEach(async () => {
  await t.db.collection('accounts').where({}).remove();
  await t.db.collection('log').where({}).remove();
  await t.db.collection('accounts').add({
    data: [
      { _id: 'alice', balance: 100 },
      { _id: 'bob', balance: 0 },
    ] as unknown as Record<string, unknown>,
  });
});

const balance = async (id: string): Promise<number> =>
  ((await t.db.collection('accounts').doc(id).get()).data as { balance: number }).balance;

describe('runTransaction', () => {
  it('the cloud commits every write of the callback and answers its return value', async () => {
    const result = await t.db.runTransaction(async (tx) => {
      const { data } = await tx.collection('accounts').doc('alice').get();
      await tx
        .collection('accounts')
        .doc('alice')
        .update({ data: { balance: (data as { balance: number }).balance - 30 } });
      await tx
        .collection('accounts')
        .doc('bob')
        .update({ data: { balance: t.db.command.inc(30) } });
      await tx.collection('log').add({ data: { _id: 'l1', amount: 30 } });
      return 'moved';
    });
    expect(result).toBe('moved');
    expect([await balance('alice'), await balance('bob')]).toEqual([70, 30]);
    expect((await t.db.collection('log').count()).total).toBe(1);
  });

  it('the cloud rolls every write back when the callback throws, and rethrows', async () => {
    const error = await rejectionOf(
      t.db.runTransaction(async (tx) => {
        await tx
          .collection('accounts')
          .doc('alice')
          .update({ data: { balance: 0 } });
        await tx.collection('log').add({ data: { amount: 100 } });
        throw { errCode: 1, errMsg: 'insufficient' };
      }),
    );
    expect(error.errCode).toBe(1);
    expect(await balance('alice')).toBe(100);
    expect((await t.db.collection('log').count()).total).toBe(0);
  });

  it('the cloud rolls back on transaction.rollback(reason) and rejects with that reason', async () => {
    const error = await rejectionOf(
      t.db.runTransaction(async (tx) => {
        await tx
          .collection('accounts')
          .doc('bob')
          .set({ data: { balance: 999 } });
        await tx.rollback({ errCode: 2, errMsg: 'changed my mind' });
      }),
    );
    expect(error).toEqual({ errCode: 2, errMsg: 'changed my mind' });
    expect(await balance('bob')).toBe(0);
  });

  it('the cloud hides uncommitted writes from everyone outside the transaction', async () => {
    let seenOutside = -1;
    await t.db.runTransaction(async (tx) => {
      await tx
        .collection('accounts')
        .doc('alice')
        .update({ data: { balance: 1 } });
      seenOutside = await balance('alice');
      const { data } = await tx.collection('accounts').doc('alice').get();
      expect((data as { balance: number }).balance).toBe(1);
    });
    expect(seenOutside).toBe(100);
    expect(await balance('alice')).toBe(1);
  });

  it('the cloud detects a write conflict and runTransaction retries the callback', async () => {
    let attempts = 0;
    await t.db.runTransaction(async (tx) => {
      attempts += 1;
      const { data } = await tx.collection('accounts').doc('alice').get();
      if (attempts === 1)
        await t.db
          .collection('accounts')
          .doc('alice')
          .update({ data: { balance: 500 } });
      await tx
        .collection('accounts')
        .doc('alice')
        .update({ data: { balance: (data as { balance: number }).balance + 1 } });
    });
    expect(attempts).toBe(2);
    expect(await balance('alice')).toBe(501);
  });

  it('the cloud removes documents inside a transaction', async () => {
    await t.db.runTransaction(async (tx) => {
      const result = await tx.collection('accounts').doc('bob').remove();
      expect(result.stats.removed).toBe(1);
    });
    expect((await t.db.collection('accounts').where({ _id: 'bob' }).count()).total).toBe(0);
  });
});

describe('startTransaction', () => {
  it('the cloud applies the writes at commit()', async () => {
    const tx = await t.db.startTransaction();
    await tx
      .collection('accounts')
      .doc('bob')
      .update({ data: { balance: 7 } });
    expect(await balance('bob')).toBe(0);
    await tx.commit();
    expect(await balance('bob')).toBe(7);
  });

  it('the cloud discards the writes at rollback()', async () => {
    const tx = await t.db.startTransaction();
    await tx
      .collection('accounts')
      .doc('bob')
      .update({ data: { balance: 7 } });
    await tx.collection('log').add({ data: { note: 'x' } });
    await tx.rollback();
    expect(await balance('bob')).toBe(0);
    expect((await t.db.collection('log').count()).total).toBe(0);
  });

  it('the cloud fails doc().get inside a transaction for a missing document', async () => {
    const tx = await t.db.startTransaction();
    const error = await rejectionOf(tx.collection('accounts').doc('carol').get());
    expect(error.errCode).toBe(-1);
    await tx.rollback();
  });

  it('the cloud refuses to commit a transaction that was already rolled back', async () => {
    const tx = await t.db.startTransaction();
    await tx.rollback();
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
  });
});

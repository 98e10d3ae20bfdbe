/**
 * createLocalCloud's indexPolicy: 'warn' by default, into the cloud's logger; 'strict' refuses a
 * query no index of the database config serves, with the cloud's error answer.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createLocalCloud } from '../../../local';
import { FIXTURES, FIXTURE_FUNCTIONS, startTestCloud } from './support';

const unindexed = { collectionName: 'residents', query: JSON.stringify({ name: 'Wang' }) };

describe('createLocalCloud indexPolicy', () => {
  it("warns by default, once per query shape, in the cloud's logger", async () => {
    const t = await startTestCloud();
    try {
      await t.cloud.database.handle('database.getDocument', unindexed);
      await t.cloud.database.handle('database.getDocument', { ...unindexed, query: JSON.stringify({ name: 'Li' }) });
      await t.cloud.database.handle('database.getDocument', {
        collectionName: 'residents',
        query: JSON.stringify({ openid: 'o-1' }),
      });
      const warnings = t.logs.filter((l) => l.includes('[local cloud] database:'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('find residents {"name":"$eq"}');
      expect(warnings[0]).toContain('{"name":"name","keys":{"name":1}}');
    } finally {
      await t.close();
    }
  });

  it("fails such a query under 'strict' and is silent under 'off'", async () => {
    const strict = await startTestCloud({ indexPolicy: 'strict' });
    try {
      const answer = await strict.cloud.database.handle('database.getDocument', unindexed);
      expect(answer).toMatchObject({
        code: 'DATABASE_REQUEST_FAILED',
        message: expect.stringMatching(/^\[IndexRequired\]/),
      });
    } finally {
      await strict.close();
    }
    const off = await startTestCloud({ indexPolicy: 'off' });
    try {
      expect(await off.cloud.database.handle('database.getDocument', unindexed)).toHaveProperty('data');
      expect(off.logs).toEqual([]);
    } finally {
      await off.close();
    }
  });

  it('refuses an unknown policy at start', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-'));
    try {
      await expect(
        createLocalCloud({
          dataDir,
          functionsRoot: FIXTURE_FUNCTIONS,
          databaseConfigFile: path.join(FIXTURES, 'database.json'),
          indexPolicy: 'loud' as 'warn',
        }),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

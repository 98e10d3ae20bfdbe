import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createDatabase } from '../../../local/database';
import { makeTempDir, startTestDatabase, rejectionOf } from '../support/database';

describe('durability', () => {
  it('the database keeps collections, documents and their types across a restart', async () => {
    const t = await startTestDatabase({ collections: ['keep'] });
    try {
      const at = new Date('2026-05-04T03:02:01.000Z');
      await t.db.collection('keep').add({ data: { _id: 'k1', at, list: [1, { two: 2 }], n: 1.5 } });
      await t.db
        .collection('keep')
        .doc('k1')
        .update({ data: { n: t.db.command.inc(1) } });
      await t.db.collection('keep').add({ data: { _id: 'k2' } });
      await t.db.collection('keep').doc('k2').remove();
      await t.db.createCollection('empty_one');
      await t.restart();
      expect((await t.db.collection('keep').get()).data).toEqual([{ _id: 'k1', at, list: [1, { two: 2 }], n: 2.5 }]);
      expect((await t.db.collection('empty_one').count()).total).toBe(0);
    } finally {
      await t.stop();
    }
  });

  it('the database keeps everything through compaction (snapshot + emptied journal)', async () => {
    const t = await startTestDatabase({ collections: ['compact'], compactAfterBytes: 2048 });
    try {
      for (let i = 0; i < 30; i++)
        await t.db.collection('compact').add({ data: { _id: `c${i}`, text: 'y'.repeat(200) } });
      await t.db.collection('compact').doc('c0').remove();
      expect(fs.statSync(path.join(t.dataDir, 'db.journal')).size).toBeLessThan(2048 + 1024);
      expect(fs.existsSync(path.join(t.dataDir, 'db.snapshot'))).toBe(true);
      await t.restart();
      expect((await t.db.collection('compact').count()).total).toBe(29);
    } finally {
      await t.stop();
    }
  });

  it('a write acknowledged to the SDK survives a kill -9 right after it', async () => {
    const dataDir = makeTempDir();
    try {
      const child = spawn(
        process.execPath,
        ['--require', require.resolve('tsx/cjs'), path.join(__dirname, '..', 'support', 'durable-writer.ts'), dataDir],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const acked: string[] = [];
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await new Promise<void>((resolve, reject) => {
        let buffer = '';
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          let nl: number;
          while ((nl = buffer.indexOf('\n')) !== -1) {
            const line = buffer.slice(0, nl);
            buffer = buffer.slice(nl + 1);
            if (line.startsWith('ack ')) acked.push(line.slice(4));
            if (acked.length === 40 && !child.killed) {
              child.kill('SIGKILL');
            }
          }
        });
        child.on('exit', () => (acked.length >= 40 ? resolve() : reject(new Error(`writer exited early: ${stderr}`))));
      });
      const database = await createDatabase({ dataDir });
      try {
        const stored = new Set(database.documents('writes').map((d) => d._id as string));
        for (const id of acked) expect(stored.has(id)).toBe(true);
        // and the folder stays usable: a new write goes to the end of a clean journal
        const answer = await database.handle('database.insertDocument', {
          collectionName: 'writes',
          data: ['{"_id":"after"}'],
        });
        expect(answer).not.toHaveProperty('code');
      } finally {
        await database.close();
      }
      const reopened = await createDatabase({ dataDir });
      expect(reopened.documents('writes').some((d) => d._id === 'after')).toBe(true);
      await reopened.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('the database drops a torn last journal line (a write never acknowledged) and keeps the rest', async () => {
    const t = await startTestDatabase({ collections: ['torn'] });
    await t.db.collection('torn').add({ data: { _id: 'safe' } });
    await t.database.close();
    fs.appendFileSync(path.join(t.dataDir, 'db.journal'), '[{"op":"put","c":"torn","d":{"_id":"half');
    await t.restart();
    try {
      expect((await t.db.collection('torn').get()).data).toEqual([{ _id: 'safe' }]);
      await t.db.collection('torn').add({ data: { _id: 'next' } });
      await t.restart();
      expect((await t.db.collection('torn').count()).total).toBe(2);
    } finally {
      await t.stop();
    }
  });

  it('the database refuses to open a journal corrupted in the middle', async () => {
    const dataDir = makeTempDir();
    try {
      fs.writeFileSync(path.join(dataDir, 'db.journal'), 'not json\n[{"op":"create","c":"x"}]\n');
      await expect(createDatabase({ dataDir })).rejects.toThrow(/corrupt/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('the database refuses a second open of the same folder while the first is alive', async () => {
    const t = await startTestDatabase();
    try {
      await expect(createDatabase({ dataDir: t.dataDir })).rejects.toThrow(/already open/);
    } finally {
      await t.stop();
    }
  });

  it('a closed database answers every request with an error instead of losing writes', async () => {
    const t = await startTestDatabase({ collections: ['closing'] });
    await t.database.close();
    const error = await rejectionOf(t.db.collection('closing').add({ data: { a: 1 } }));
    expect(error.errCode).toBe(-501001);
    await t.stop();
  });
});

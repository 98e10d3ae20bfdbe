/**
 * The snapshot on disk: written a line per document, read back whole or refused with an error that
 * names the file, says what is wrong and how to recover; the previous snapshot and the journals
 * after it restore a damaged one; a compaction that died half-way leaves nothing to trip on.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createDatabase } from '../../../local/database';
import type { LocalDatabase } from '../../../local/database';
import { encode } from '../../../local/database/ejson';
import { makeTempDir } from '../support/database';

const COLLECTION = 'notes';

async function insert(database: LocalDatabase, docs: Record<string, unknown>[]): Promise<void> {
  const answer = await database.handle('database.insertDocument', {
    collectionName: COLLECTION,
    data: docs.map(encode),
  });
  if ('code' in answer) throw new Error(String(answer.message));
}

const ids = (database: LocalDatabase): string[] =>
  database
    .documents(COLLECTION)
    .map((d) => d._id as string)
    .sort();

const note = (i: number) => ({ _id: `n${String(i).padStart(4, '0')}`, text: 'x'.repeat(300), i });

/** A folder with two compactions behind it (so a previous snapshot exists) and `count` notes. */
async function folderWithHistory(count: number): Promise<string> {
  const dataDir = makeTempDir();
  const database = await createDatabase({ dataDir, indexes: { [COLLECTION]: [] }, compactAfterBytes: 4096 });
  for (let i = 0; i < count; i++) await insert(database, [note(i)]);
  await database.close();
  return dataDir;
}

const expectedIds = (count: number) => Array.from({ length: count }, (_, i) => note(i)._id);

describe('the snapshot', () => {
  let dataDir: string;
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is written a line per document, with a header and an end marker counting them', async () => {
    dataDir = await folderWithHistory(60);
    const lines = fs.readFileSync(path.join(dataDir, 'db.snapshot'), 'utf8').split('\n');
    expect(JSON.parse(lines[0])).toEqual(['estate-desk-snapshot', 2, { generation: expect.any(Number) }]);
    expect(lines[lines.length - 1]).toBe('');
    const end = JSON.parse(lines[lines.length - 2]) as [string, number, number];
    expect(end[0]).toBe('end');
    expect(lines.filter((l) => l.startsWith('{')).length).toBe(end[1]);
    expect(fs.existsSync(path.join(dataDir, 'db.snapshot.prev'))).toBe(true);
  });

  it('keeps dates, odd numbers and nested values exactly through compaction and restart', async () => {
    dataDir = makeTempDir();
    const odd = {
      _id: 'odd',
      at: new Date('2026-03-04T05:06:07.089Z'),
      n: -1.5,
      big: 2 ** 60,
      inf: Infinity,
      nan: NaN,
    };
    const nested = { _id: 'nested', a: { b: [1, { c: null, d: 'é' }], e: true }, list: [] };
    let database = await createDatabase({ dataDir, indexes: { [COLLECTION]: [] } });
    await insert(database, [odd, nested]);
    await database.close();
    // opening compacts what it loaded (the journal outgrew the limit); closing waits for the snapshot
    database = await createDatabase({ dataDir, compactAfterBytes: 1 });
    await database.close();
    database = await createDatabase({ dataDir, indexes: { [COLLECTION]: [] } });
    try {
      expect(fs.readFileSync(path.join(dataDir, 'db.snapshot'), 'utf8')).toContain('["e",');
      const byId = new Map(database.documents(COLLECTION).map((d) => [d._id, d]));
      expect(encode(byId.get('odd'))).toBe(encode(odd));
      expect(byId.get('nested')).toEqual(nested);
    } finally {
      await database.close();
    }
  });

  it('stops startup when it is truncated, naming the file and the previous snapshot that restores it', async () => {
    dataDir = await folderWithHistory(60);
    const file = path.join(dataDir, 'db.snapshot');
    const size = fs.statSync(file).size;
    fs.truncateSync(file, Math.floor(size / 2));
    const error = await createDatabase({ dataDir }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/truncated at line \d+/);
    expect((error as Error).message).toContain(`previous snapshot ${path.join(dataDir, 'db.snapshot.prev')}`);
    expect((error as Error).message).toMatch(/can restore it: move .* aside/);

    // following the advice restores every document, and the folder is whole again afterwards
    fs.renameSync(file, path.join(dataDir, 'db.snapshot.damaged'));
    let database = await createDatabase({ dataDir });
    expect(ids(database)).toEqual(expectedIds(60));
    await insert(database, [note(60)]);
    await database.close();
    database = await createDatabase({ dataDir });
    try {
      expect(ids(database)).toEqual(expectedIds(61));
      expect(fs.existsSync(file)).toBe(true);
    } finally {
      await database.close();
    }
  });

  it('stops startup on a file that is not a snapshot, and says when nothing can restore it', async () => {
    dataDir = makeTempDir();
    const file = path.join(dataDir, 'db.snapshot');
    fs.writeFileSync(file, 'hello\n');
    const error = await createDatabase({ dataDir }).catch((e: Error) => e);
    expect((error as Error).message).toContain(`the snapshot ${file} is not a snapshot`);
    expect((error as Error).message).toContain('No previous snapshot');
    // and the folder is not left locked
    fs.rmSync(file);
    const database = await createDatabase({ dataDir });
    await database.close();
  });

  it('ignores a half-written .tmp of a compaction that died, and uses the snapshot before it', async () => {
    dataDir = await folderWithHistory(40);
    const snapshot = fs.readFileSync(path.join(dataDir, 'db.snapshot'));
    fs.writeFileSync(path.join(dataDir, 'db.snapshot.tmp'), snapshot.subarray(0, snapshot.length - 500));
    const database = await createDatabase({ dataDir });
    try {
      expect(ids(database)).toEqual(expectedIds(40));
      expect(fs.existsSync(path.join(dataDir, 'db.snapshot.tmp'))).toBe(false);
    } finally {
      await database.close();
    }
  });

  it('replays a journal a compaction had set aside when it died, and compacts it later without loss', async () => {
    dataDir = makeTempDir();
    let database = await createDatabase({ dataDir, indexes: { [COLLECTION]: [] } });
    for (let i = 0; i < 20; i++) await insert(database, [note(i)]);
    await database.close();
    // the moment after a compaction set the journal aside, before its snapshot was whole
    fs.renameSync(path.join(dataDir, 'db.journal'), path.join(dataDir, 'db.journal.after-0'));
    fs.writeFileSync(path.join(dataDir, 'db.snapshot.tmp'), '["estate-desk-snapshot",2,{"generation":1}]\n');
    database = await createDatabase({ dataDir, compactAfterBytes: 4096 });
    expect(ids(database)).toEqual(expectedIds(20));
    for (let i = 20; i < 50; i++) await insert(database, [note(i)]);
    await database.close();
    database = await createDatabase({ dataDir });
    try {
      expect(ids(database)).toEqual(expectedIds(50));
    } finally {
      await database.close();
    }
  });

  it('still opens a folder whose snapshot has the first format (one JSON object)', async () => {
    dataDir = makeTempDir();
    const at = { $date: { $numberLong: String(Date.UTC(2026, 0, 2)) } };
    fs.writeFileSync(
      path.join(dataDir, 'db.snapshot'),
      JSON.stringify({ v: 1, collections: { [COLLECTION]: [{ _id: 'old', at, n: { $numberInt: '3' } }] } }),
    );
    fs.writeFileSync(
      path.join(dataDir, 'db.journal'),
      `${JSON.stringify([{ op: 'put', c: COLLECTION, d: { _id: 'j' } }])}\n`,
    );
    const database = await createDatabase({ dataDir });
    try {
      expect(database.documents(COLLECTION)).toEqual([
        { _id: 'old', at: new Date(Date.UTC(2026, 0, 2)), n: 3 },
        { _id: 'j' },
      ]);
    } finally {
      await database.close();
    }
  });

  it('loses no write acknowledged while a compaction of a larger state runs beside it', async () => {
    dataDir = makeTempDir();
    let database = await createDatabase({ dataDir, indexes: { [COLLECTION]: [] }, compactAfterBytes: 64 * 1024 });
    const batch = (from: number) => Array.from({ length: 500 }, (_, k) => note(from + k));
    for (let from = 0; from < 3000; from += 500) await insert(database, batch(from));
    // many single writes, each of which may start or overlap a compaction
    await Promise.all(Array.from({ length: 200 }, (_, k) => insert(database, [note(3000 + k)])));
    await database.close();
    database = await createDatabase({ dataDir });
    try {
      expect(ids(database)).toEqual(expectedIds(3200));
    } finally {
      await database.close();
    }
  });
});

/** The data folder's lock (db.lock): one process per folder, and no false "already open". */
import * as fs from 'fs';
import * as path from 'path';
import { createDatabase } from '../../../local/database';
import { makeTempDir } from '../support/database';

const insert = (name: string, id: string) => ({ collectionName: name, data: [JSON.stringify({ _id: id })] });

describe('the data folder lock', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeTempDir();
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('takes over a lock that names this very pid when this process does not hold it (a restarted container reuses pids after kill -9)', async () => {
    const first = await createDatabase({ dataDir, indexes: { kept: [] } });
    await first.handle('database.insertDocument', insert('kept', 'k1'));
    await first.close();
    fs.writeFileSync(path.join(dataDir, 'db.lock'), String(process.pid)); // what the killed process left

    const reopened = await createDatabase({ dataDir });
    try {
      expect(reopened.documents('kept').map((d) => d._id)).toEqual(['k1']);
    } finally {
      await reopened.close();
    }
  });

  it('still refuses a second open while this process holds the folder', async () => {
    const open = await createDatabase({ dataDir });
    try {
      await expect(createDatabase({ dataDir: `${dataDir}${path.sep}` })).rejects.toThrow(/already open by process/);
    } finally {
      await open.close();
    }
  });

  it('does not hold a folder that failed to open: once repaired, it opens', async () => {
    const journal = path.join(dataDir, 'db.journal');
    fs.writeFileSync(journal, 'not json\n[{"op":"create","c":"x"}]\n');
    await expect(createDatabase({ dataDir })).rejects.toThrow(/corrupt/);
    expect(fs.existsSync(path.join(dataDir, 'db.lock'))).toBe(false);

    fs.writeFileSync(journal, '[{"op":"create","c":"x"}]\n');
    const repaired = await createDatabase({ dataDir });
    expect(repaired.collections()).toEqual(['x']);
    await repaired.close();
  });
});

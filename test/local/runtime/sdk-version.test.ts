/** The runtime is built for one wx-server-sdk version and refuses to start on another. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as net from 'net';
import { createLocalCloud } from '../../../local';
import { createDatabase } from '../../../local/database';
import { SeamVersionError } from '../../../local/seam';

describe('the pinned wx-server-sdk', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'local-sdk-version-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('fails createLocalCloud loudly when the functions resolve another version, and leaves nothing held', async () => {
    const functionsRoot = path.join(root, 'functions');
    const sdk = path.join(functionsRoot, 'node_modules', 'wx-server-sdk');
    fs.mkdirSync(sdk, { recursive: true });
    fs.writeFileSync(
      path.join(sdk, 'package.json'),
      JSON.stringify({ name: 'wx-server-sdk', version: '4.0.1', main: 'index.js' }),
    );
    const dataDir = path.join(root, 'data');

    const started = createLocalCloud({ dataDir, functionsRoot });
    await expect(started).rejects.toThrow(SeamVersionError);
    await expect(started).rejects.toThrow(/wx-server-sdk 4\.0\.1 .* pin wx-server-sdk to 4\.0\.2/);

    // The data folder is free again and the network guard is off.
    const database = await createDatabase({ dataDir: path.join(dataDir, 'database') });
    await database.close();
    expect(Object.getOwnPropertySymbols(net)).not.toContain(Symbol.for('estate-desk.local-runtime.network-guard'));
  });
});

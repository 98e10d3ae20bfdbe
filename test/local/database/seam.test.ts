import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { installSeam, SeamRequest, SeamVersionError } from '../../../local/seam';
import type { Db } from '../support/sdk-types';

type Cloud = typeof import('wx-server-sdk');

function freshCloud(): { cloud: Cloud; db: Db } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as Cloud;
  cloud.init({ env: 'seam-test' } as Parameters<Cloud['init']>[0]);
  return { cloud, db: cloud.database() as unknown as Db };
}

describe('the local seam', () => {
  it('hands every database request of the genuine SDK to the router, with its action and EJSON params', async () => {
    const seen: SeamRequest[] = [];
    installSeam(async (request) => {
      seen.push(request);
      return { requestId: 'r1', data: { insertedIds: ['id-1'] } };
    });
    const result = await freshCloud()
      .db.collection('tickets')
      .add({ data: { n: 1 } });
    expect(result._id).toBe('id-1');
    expect(seen).toHaveLength(1);
    expect(seen[0].action).toBe('database.insertDocument');
    expect(seen[0].params).toMatchObject({ collectionName: 'tickets', envName: 'seam-test' });
    expect(JSON.parse(seen[0].params.data[0])).toEqual({ n: { $numberInt: '1' } });
  });

  it('turns an error answer into the cloud error code, and a second install replaces the router', async () => {
    installSeam(async () => ({ code: 'DATABASE_COLLECTION_NOT_EXIST', message: 'no such collection' }));
    await expect(freshCloud().db.collection('missing').get()).rejects.toMatchObject({ errCode: -502005 });
  });

  it('passes non-database actions (cloud functions) to the router unchanged', async () => {
    const seen: SeamRequest[] = [];
    installSeam(async (request) => {
      seen.push(request);
      return { requestId: 'r2', data: { response_data: JSON.stringify({ ok: true }) } };
    });
    const result = await freshCloud().cloud.callFunction({ name: 'tickets', data: { action: 'list' } } as Parameters<
      Cloud['callFunction']
    >[0]);
    expect(seen[0]).toMatchObject({ action: 'functions.invokeFunction', params: { function_name: 'tickets' } });
    expect((result as { result: unknown }).result).toEqual({ ok: true });
  });

  it('makes the metadata-host probe answer locally, without the network', async () => {
    installSeam(async () => ({}));
    const wx = path.dirname(require.resolve('wx-server-sdk/package.json'));
    const nodeSdk = path.dirname(require.resolve('@cloudbase/node-sdk/package.json', { paths: [wx] }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const metadata = require(path.join(nodeSdk, 'dist/utils/metadata.js')) as {
      lookupAppId(): Promise<string>;
      lookup(p: string): Promise<unknown>;
    };
    await expect(metadata.lookupAppId()).resolves.toBe('');
    await expect(metadata.lookup('meta-data/app-id')).rejects.toThrow(/not reachable/);
  });

  it('refuses to install over a wx-server-sdk that is not 4.0.2', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seam-version-'));
    try {
      const pkg = path.join(root, 'node_modules', 'wx-server-sdk');
      fs.mkdirSync(pkg, { recursive: true });
      fs.writeFileSync(
        path.join(pkg, 'package.json'),
        JSON.stringify({ name: 'wx-server-sdk', version: '4.0.1', main: 'index.js' }),
      );
      expect(() => installSeam(async () => ({}), { sdkLocations: [root] })).toThrow(SeamVersionError);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

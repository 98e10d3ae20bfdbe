// A local cloud over the built functions, in a fresh data folder, seeded with the demo data.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createLocalCloud, readMessagePush } from '../../local';
import type { LocalCloud } from '../../local';
import type { ApiResult } from '../../cloudfunctions/domain/api';

const root = path.resolve(__dirname, '../..');

export interface FunctionsCloud {
  cloud: LocalCloud;
  logs: string[];
  /** Calls a function as `openid` and answers its envelope. */
  call<T = unknown>(fn: string, event: object, openid: string): Promise<ApiResult<T>>;
  /** Calls and expects success: the data, or a thrown error showing the failure. */
  ok<T = unknown>(fn: string, event: object, openid: string): Promise<T>;
  /** Every document of a collection, read straight from the local database. */
  documents(collection: string): Promise<Array<Record<string, unknown>>>;
  /** Sets the time functions and serverDate see (ISO 8601 with its zone); it runs on from there. */
  setClock(iso: string): Date;
  /** Moves the time functions see forward by this many minutes. */
  advance(minutes: number): Date;
  close(): Promise<void>;
}

export interface FunctionsCloudOptions {
  /** seed the demo data (default true) */
  seed?: boolean;
  /** serve this folder (the H5 build) when the cloud listens */
  staticRoot?: string;
}

export async function startFunctionsCloud({
  seed = true,
  staticRoot,
}: FunctionsCloudOptions = {}): Promise<FunctionsCloud> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-functions-'));
  const logs: string[] = [];
  const keep = (...args: unknown[]) => logs.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
  const cloud = await createLocalCloud({
    dataDir,
    functionsRoot: path.join(root, 'dist/cloudfunctions'),
    databaseConfigFile: path.join(root, 'cloudfunctions/database.json'),
    messagePush: readMessagePush(path.join(root, 'cloudfunctions/message-push.json')),
    ...(staticRoot ? { staticRoot } : {}),
    timers: false,
    devRoutes: true,
    // a query no declared index serves fails the test, whatever the collection's size
    indexPolicy: 'strict',
    logger: { error: keep, warn: keep, info: keep },
  });
  const call = async <T>(fn: string, event: object, openid: string) =>
    (await cloud.invoke(fn, event, { openid })) as ApiResult<T>;
  const ok = async <T>(fn: string, event: object, openid: string): Promise<T> => {
    const answer = await call<T>(fn, event, openid);
    if (!answer.ok)
      throw new Error(
        `${fn}.${(event as { action?: string }).action} failed: ${JSON.stringify(answer.error)}\n${logs.join('\n')}`,
      );
    return answer.data;
  };
  const documents = async (collection: string) =>
    cloud.database.documents(collection).map((d) => ({ ...d }) as Record<string, unknown>);
  if (seed) await ok('bootstrap', { action: 'seedDemo' }, 'demo-admin');
  return {
    cloud,
    logs,
    call,
    ok,
    documents,
    setClock: (iso) => cloud.clock.set(iso),
    advance: (minutes) => cloud.clock.advance(minutes),
    async close() {
      await cloud.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Test support for the local database: a temporary data folder, the engine, the seam installed
 * in this test file's module registry, and the genuine wx-server-sdk initialised against it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { installSeam } from '../../../local/seam';
import { createDatabase } from '../../../local/database';
import type { CreateDatabaseOptions, IndexDeclarations, LocalDatabase } from '../../../local/database';

import type { Db } from './sdk-types';

export type Cloud = typeof import('wx-server-sdk');
export type { Db } from './sdk-types';

export interface TestDatabase {
  cloud: Cloud;
  db: Db;
  database: LocalDatabase;
  dataDir: string;
  /** Closes and reopens the engine on the same folder (a clean restart). */
  restart(): Promise<void>;
  /** Closes the engine and removes the folder. */
  stop(): Promise<void>;
}

export interface TestDatabaseOptions {
  indexes?: IndexDeclarations;
  /** Collections created through the SDK's createCollection before the test runs. */
  collections?: string[];
  dataDir?: string;
  now?: () => number;
  compactAfterBytes?: number;
  indexPolicy?: CreateDatabaseOptions['indexPolicy'];
  onUnindexedQuery?: CreateDatabaseOptions['onUnindexedQuery'];
}

export function makeTempDir(prefix = 'estate-desk-db-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const dataDir = options.dataDir ?? makeTempDir();
  const open = () =>
    createDatabase({
      dataDir,
      indexes: options.indexes,
      now: options.now,
      compactAfterBytes: options.compactAfterBytes,
      indexPolicy: options.indexPolicy,
      onUnindexedQuery: options.onUnindexedQuery,
    });
  let database = await open();
  const route = (): void =>
    installSeam(async ({ action, params }) => {
      if (!action.startsWith('database.')) throw new Error(`test database: no route for ${action}`);
      return database.handle(action, params);
    });
  route();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as Cloud;
  cloud.init({ env: 'local-test' } as Parameters<Cloud['init']>[0]);
  const db = cloud.database() as unknown as Db;
  for (const name of options.collections ?? []) await db.createCollection(name);
  return {
    cloud,
    db,
    get database() {
      return database;
    },
    dataDir,
    async restart() {
      await database.close();
      database = await open();
      route();
    },
    async stop() {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a promise that must reject, and gives back what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ errCode?: number; errMsg?: string }> {
  try {
    await promise;
  } catch (e) {
    return e as { errCode?: number; errMsg?: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

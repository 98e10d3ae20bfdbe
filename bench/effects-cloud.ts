/**
 * What the effect benches share: a local cloud that counts its database requests, seeded with the
 * demo data and one request filed by an owner (the template the benches clone with effects left
 * pending), and a fast insert of many documents.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalCloud } from '../local';
import type { LocalCloud } from '../local';
import { DEMO_ADMIN_OPENID } from '../cloudfunctions/domain/demo-data';

export interface EffectsCloud {
  cloud: LocalCloud;
  /** the database requests made so far */
  databaseRequests(): number;
  /** the stored request to clone, and when it was written */
  template: Record<string, unknown>;
  at: string;
  close(): Promise<void>;
}

export async function startEffectsCloud(
  name: string,
  owner: string,
  options: { quiet?: boolean } = {},
): Promise<EffectsCloud> {
  const root = path.resolve(__dirname, '..');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `estate-desk-bench-${name}-`));
  let databaseRequests = 0;
  const cloud = await createLocalCloud({
    dataDir,
    functionsRoot: path.join(root, 'dist/cloudfunctions'),
    databaseConfigFile: path.join(root, 'cloudfunctions/database.json'),
    indexPolicy: 'strict',
    ...(options.quiet ? { logger: { error: () => undefined, warn: () => undefined, info: () => undefined } } : {}),
    observeRequests: (action) => {
      if (action.startsWith('database.')) databaseRequests += 1;
    },
  });
  const close = async () => {
    await cloud.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await cloud.invoke('bootstrap', { action: 'seedDemo' }, { openid: DEMO_ADMIN_OPENID });
    const made = (await cloud.invoke(
      'ticket',
      {
        action: 'create',
        clientRequestId: `bench-${name}-template`,
        category: 'repair',
        description: '厨房水龙头漏水',
        location: { kind: 'unit', unitId: 'demo-unit-1-1-101' },
        contactPhone: '13800138000',
      },
      { openid: owner },
    )) as { ok: boolean; data: { id: string } };
    const [template] = cloud.database.documents('tickets').filter((d) => d._id === made.data.id);
    return { cloud, databaseRequests: () => databaseRequests, template, at: template.updatedAt as string, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Inserts documents 500 at a time, straight into the database (a bench's seed, not an action). */
export async function insertMany(
  cloud: LocalCloud,
  collectionName: string,
  docs: Array<Record<string, unknown>>,
): Promise<void> {
  for (let i = 0; i < docs.length; i += 500) {
    const answer = await cloud.database.handle('database.insertDocument', {
      collectionName,
      data: docs.slice(i, i + 500).map((doc) => JSON.stringify(doc)),
    });
    if ('code' in answer) throw new Error(JSON.stringify(answer));
  }
}

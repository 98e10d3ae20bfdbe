/**
 * Benchmark of the local database: the genuine wx-server-sdk through the seam into the engine,
 * against the same work done directly (mingo on the same documents for reads, the engine's
 * `handle` with ready-made parameters for writes). Median of several runs each.
 *
 *   npx tsx bench/local-database.ts
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Aggregator, Query } from 'mingo';
import { installSeam } from '../local/seam';
import { createDatabase } from '../local/database';
import type { Doc, LocalDatabase } from '../local/database';
import { median } from './stats';

interface Row {
  case: string;
  sdkMs: number;
  directMs: number;
}

const STATUSES = ['new', 'open', 'pending', 'resolved', 'closed'];
const BUILDINGS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

async function timeIt(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function ticket(i: number): string {
  const doc = {
    _id: `t${String(i).padStart(7, '0')}`,
    status: STATUSES[i % STATUSES.length],
    priority: (i * 7) % 5,
    building: BUILDINGS[i % BUILDINGS.length],
    createdAt: { $date: { $numberLong: String(Date.UTC(2026, 0, 1) + i * 60_000) } },
    title: `Request ${i}`,
  };
  return JSON.stringify(doc);
}

async function seed(database: LocalDatabase, name: string, count: number): Promise<void> {
  await database.handle('database.addCollection', { collectionName: name });
  for (let start = 0; start < count; start += 5000) {
    const data = Array.from({ length: Math.min(5000, count - start) }, (_, k) => ticket(start + k));
    const answer = await database.handle('database.insertDocument', { collectionName: name, data });
    if ('code' in answer) throw new Error(`seeding ${name} failed: ${answer.message}`);
  }
}

export async function benchLocalDatabase(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-bench-'));
  const database = await createDatabase({ dataDir });
  try {
    installSeam(async ({ action, params }) => {
      if (!action.startsWith('database.')) throw new Error(`bench: no route for ${action}`);
      return database.handle(action, params);
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cloud = require('wx-server-sdk');
    cloud.init({ env: 'bench' });
    const db = cloud.database();
    const _ = db.command;
    const $ = db.command.aggregate;

    await seed(database, 'tickets10k', 10_000);
    await seed(database, 'tickets100k', 100_000);
    await database.handle('database.addCollection', { collectionName: 'writes' });

    const rows: Row[] = [];
    const mingoFilter = {
      status: { $in: ['open', 'pending'] },
      $and: [{ priority: { $gte: 1 } }, { priority: { $lte: 3 } }],
    };
    for (const [name, runs] of [
      ['tickets10k', 21],
      ['tickets100k', 9],
    ] as const) {
      const docs = database.documents(name) as Doc[];
      const sdkMs = await timeIt(runs, () =>
        db
          .collection(name)
          .where({ status: _.in(['open', 'pending']), priority: _.gte(1).and(_.lte(3)) })
          .orderBy('createdAt', 'desc')
          .limit(20)
          .get(),
      );
      const directMs = await timeIt(runs, () =>
        new Query(mingoFilter, {}).find<Doc>(docs).sort({ createdAt: -1 }).limit(20).all(),
      );
      rows.push({
        case: `query in + range + sort + limit 20, ${docs.length.toLocaleString('en')} docs`,
        sdkMs,
        directMs,
      });
    }

    let n = 0;
    const insertSdk = await timeIt(51, () =>
      db.collection('writes').add({ data: { n: n++, status: 'new', at: db.serverDate() } }),
    );
    const insertDirect = await timeIt(51, () =>
      database.handle('database.insertDocument', {
        collectionName: 'writes',
        data: [JSON.stringify({ n: { $numberInt: String(n++) }, status: 'new' })],
      }),
    );
    rows.push({ case: 'insert one document (fsync before ack)', sdkMs: insertSdk, directMs: insertDirect });

    const firstId = (database.documents('writes')[0] as Doc)._id as string;
    const updateSdk = await timeIt(51, () =>
      db
        .collection('writes')
        .doc(firstId)
        .update({ data: { n: _.inc(1), status: 'open' } }),
    );
    const updateDirect = await timeIt(51, () =>
      database.handle('database.modifyDocument', {
        collectionName: 'writes',
        query: JSON.stringify({ _id: firstId }),
        queryType: 'DOC',
        data: JSON.stringify({ $inc: { n: { $numberInt: '1' } }, $set: { status: 'open' } }),
        multi: false,
        merge: true,
        upsert: false,
      }),
    );
    rows.push({ case: 'update one document by _id (fsync before ack)', sdkMs: updateSdk, directMs: updateDirect });

    const docs100k = database.documents('tickets100k') as Doc[];
    const groupSdk = await timeIt(7, () =>
      db
        .collection('tickets100k')
        .aggregate()
        .group({ _id: '$building', n: $.sum(1), avgPriority: $.avg('$priority') })
        .end(),
    );
    const groupDirect = await timeIt(7, () =>
      new Aggregator([{ $group: { _id: '$building', n: { $sum: 1 }, avgPriority: { $avg: '$priority' } } }], {}).run(
        docs100k,
      ),
    );
    rows.push({ case: 'aggregate group over 100,000 docs', sdkMs: groupSdk, directMs: groupDirect });

    const width = Math.max(...rows.map((r) => r.case.length));
    console.log(
      '\nLocal database: median milliseconds (SDK path = wx-server-sdk → seam → engine; direct = same work in the engine)',
    );
    console.log(`${'case'.padEnd(width)}  ${'SDK ms'.padStart(9)}  ${'direct ms'.padStart(9)}  ${'ratio'.padStart(6)}`);
    for (const r of rows) {
      console.log(
        `${r.case.padEnd(width)}  ${r.sdkMs.toFixed(3).padStart(9)}  ${r.directMs.toFixed(3).padStart(9)}  ${(r.sdkMs / r.directMs).toFixed(2).padStart(6)}`,
      );
    }
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchLocalDatabase().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

/**
 * Benchmark of the local database at 10,000 and 100,000 ticket-like documents (~2 KB each, a
 * timeline of 5 entries, nested objects) with the real `tickets` indexes of
 * cloudfunctions/database.json: each case through the genuine wx-server-sdk → seam → engine
 * (median and p95), the same read done as a full mingo scan (what the engine did before it had
 * ordered indexes), the growth exponent from 10k to 100k, and startup time and RSS of a fresh
 * process opening the folder from its journal alone and from a compacted snapshot.
 *
 *   npx tsx bench/local-database.ts
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { monitorEventLoopDelay, performance } from 'perf_hooks';
import { Aggregator, Query } from 'mingo';
import { installSeam } from '../local/seam';
import { createDatabase } from '../local/database';
import type { Doc, IndexDeclarations, LocalDatabase } from '../local/database';
import { readDatabaseConfig } from '../local/runtime/database-config';
import { median, percentile } from './stats';

const root = path.resolve(__dirname, '..');
const DEPARTMENTS = ['engineering', 'security', 'environment', 'after_sales', 'service_center', 'quality'];
const STATUSES = ['submitted', 'accepted', 'resolved', 'reopened', 'closed'];
const WAITING = ['submitted', 'reopened', 'accepted'];
const COMMUNITIES = 4;
const SUMMARY = Object.fromEntries(
  ['_id', 'number', 'category', 'status', 'department', 'urgency', 'description', 'location', 'createdAt']
    .concat(['updatedAt', 'sla', 'reprocessCount'])
    .map((f) => [f, true]),
);

/** What main measured through the gateway at 100k tickets (before ordered indexes), for comparison. */
const MAIN_AT_100K = { create: 66, listMine: 51, listInbox: 364, startupS: 33, rssMiB: 2061 };

const iso = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().replace('Z', '+08:00');

function ticket(i: number, owners: number): Doc {
  const base = Date.UTC(2026, 0, 1) + i * 60_000;
  const status = STATUSES[(i * 7) % STATUSES.length];
  const department = DEPARTMENTS[(i * 3) % DEPARTMENTS.length];
  const owner = `owner-${String(i % owners).padStart(6, '0')}-oXyZ0123456789`;
  const timeline = ['filed', 'accepted', 'replied', 'note', 'resolved'].map((kind, k) => ({
    id: `e${k}`,
    kind,
    at: iso(base + k * 3_600_000),
    actor: k
      ? { openid: `staff-${k}-oAbCdEf012345`, name: '赵师傅', role: 'staff', department }
      : { openid: owner, name: '张业主', role: 'owner' },
    internal: kind === 'note',
    text: `处理记录 ${k}：已联系业主，约定上门时间，检查了卫生间漏水的位置并更换了密封圈。`,
  }));
  const open = status !== 'resolved' && status !== 'closed';
  return {
    _id: `t${String(i).padStart(9, '0')}${(i * 2654435761).toString(16).padStart(8, '0').slice(-8)}0000000000000`,
    number: `ED2026${String(i).padStart(8, '0')}`,
    clientRequestId: `req-${i}-0f3a9c2e-5b1d-4e7a-9c3b-${String(i).padStart(12, '0')}`,
    ownerOpenid: owner,
    ownerName: '张业主',
    communityId: `community-${i % COMMUNITIES}`,
    unitId: `unit-${i % 3000}`,
    location: { kind: 'unit', text: `${(i % 20) + 1}栋${(i % 4) + 1}单元${(i % 30) + 101}` },
    category: 'repair',
    channel: 'mini_program',
    urgency: i % 10 === 0 ? 'emergency' : 'normal',
    description: '卫生间天花板漏水，楼上住户不在家，请尽快安排师傅上门查看处理，谢谢。'.repeat(2),
    photos: [`cloud://local/photos/${i}-1.jpg`, `cloud://local/photos/${i}-2.jpg`],
    contactPhone: '13800138000',
    status,
    department,
    ...(open
      ? { sla: { step: 'accept', startedAt: iso(base), dueAt: iso(base + ((i * 7919) % 100_000) * 60_000) } }
      : {}),
    reprocessCount: i % 3,
    timeline,
    createdAt: iso(base),
    updatedAt: iso(base + ((i * 104_729) % 1_000_000) * 60_000),
    version: 5,
  };
}

/**
 * A journal-only data folder holding `count` tickets, one write request per line as the engine
 * journals them (plain JSON ops), written directly so that building it takes seconds.
 */
function writeJournalFolder(dir: string, collections: string[], count: number): void {
  fs.mkdirSync(dir, { recursive: true });
  const fd = fs.openSync(path.join(dir, 'db.journal'), 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify(collections.map((c) => ({ op: 'create', c })))}\n`);
    const owners = Math.max(1, Math.floor(count / 20));
    for (let start = 0; start < count; start += 1000) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        lines.push(`${JSON.stringify([{ op: 'put', c: 'tickets', j: ticket(i, owners) }])}\n`);
      }
      fs.writeSync(fd, lines.join(''));
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

interface Timing {
  median: number;
  p95: number;
}

async function timeRuns(runs: number, fn: (run: number) => Promise<unknown> | unknown): Promise<Timing> {
  await fn(runs); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await fn(run);
    times.push(performance.now() - start);
  }
  return { median: median(times), p95: percentile(times, 0.95) };
}

type Cases = Map<string, { sdk: Timing; scan?: Timing }>;

type Sdk = any;

async function measure(database: LocalDatabase, db: Sdk, count: number): Promise<Cases> {
  const _ = db.command;
  const tickets = db.collection('tickets');
  const runs = count > 50_000 ? 40 : 60;
  const owners = Math.max(1, Math.floor(count / 20));
  const docs = database.documents('tickets') as Doc[];
  const cases: Cases = new Map();
  const inboxOf = (run: number) => ({
    communityId: `community-${run % COMMUNITIES}`,
    department: DEPARTMENTS[run % DEPARTMENTS.length],
    status: _.in(WAITING),
  });
  const inboxScanFilter = (run: number) => ({ ...inboxOf(run), status: { $in: WAITING } });
  const scan = (filter: Doc, order: Record<string, 1 | -1>, limit: number) =>
    new Query(filter, { useStrictMode: true }).find<Doc>(docs, SUMMARY).sort(order).limit(limit).all();

  cases.set('inbox page (community, department, status $in; sla.dueAt, _id; 21)', {
    sdk: await timeRuns(runs, (run) =>
      tickets.where(inboxOf(run)).orderBy('sla.dueAt', 'asc').orderBy('_id', 'asc').limit(21).field(SUMMARY).get(),
    ),
    scan: await timeRuns(5, (run) => scan(inboxScanFilter(run), { 'sla.dueAt': 1, _id: 1 }, 21)),
  });
  const ownerOf = (run: number) => `owner-${String((run * 37) % owners).padStart(6, '0')}-oXyZ0123456789`;
  cases.set('owner list (ownerOpenid; updatedAt desc, _id desc; 21)', {
    sdk: await timeRuns(runs, (run) =>
      tickets
        .where({ ownerOpenid: ownerOf(run) })
        .orderBy('updatedAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(21)
        .field(SUMMARY)
        .get(),
    ),
    scan: await timeRuns(5, (run) => scan({ ownerOpenid: ownerOf(run) }, { updatedAt: -1, _id: -1 }, 21)),
  });
  // a deep page: the cursor of the 200th item of the inbox
  const cursors = await Promise.all(
    Array.from({ length: COMMUNITIES * DEPARTMENTS.length }, async (_x, run) => {
      const { data } = await tickets
        .where(inboxOf(run))
        .orderBy('sla.dueAt', 'asc')
        .orderBy('_id', 'asc')
        .skip(199)
        .limit(1)
        .get();
      const last = data[0] as { sla: { dueAt: string }; _id: string } | undefined;
      return last ? { value: last.sla.dueAt, id: last._id } : { value: '', id: '' };
    }),
  );
  const afterCursor = (run: number) => {
    const cursor = cursors[run % cursors.length];
    return _.and(
      inboxOf(run),
      _.or({ 'sla.dueAt': _.gt(cursor.value) }, { 'sla.dueAt': cursor.value, _id: _.gt(cursor.id) }),
    );
  };
  cases.set('keyset next page after the 200th item (same order; 21)', {
    sdk: await timeRuns(runs, (run) =>
      tickets.where(afterCursor(run)).orderBy('sla.dueAt', 'asc').orderBy('_id', 'asc').limit(21).field(SUMMARY).get(),
    ),
  });
  cases.set('count by the inbox condition', {
    sdk: await timeRuns(runs, (run) => tickets.where(inboxOf(run)).count()),
    scan: await timeRuns(5, (run) => new Query(inboxScanFilter(run), { useStrictMode: true }).find(docs).all().length),
  });
  let n = 0;
  cases.set('insert one ticket (fsync before ack)', {
    sdk: await timeRuns(runs, () => tickets.add({ data: ticket(count + n++, owners) })),
  });
  cases.set('update one ticket by _id (fsync before ack)', {
    sdk: await timeRuns(runs, (run) =>
      tickets.doc(docs[(run * 7919) % docs.length]._id).update({
        data: { updatedAt: iso(Date.UTC(2026, 5, 1) + run * 1000), version: _.inc(1) },
      }),
    ),
  });
  cases.set('aggregate $match community + $group by status', {
    sdk: await timeRuns(runs, (run) =>
      tickets
        .aggregate()
        .match({ communityId: `community-${run % COMMUNITIES}` })
        .group({ _id: '$status', n: _.aggregate.sum(1) })
        .end(),
    ),
    scan: await timeRuns(5, (run) =>
      new Aggregator(
        [{ $match: { communityId: `community-${run % COMMUNITIES}` } }, { $group: { _id: '$status', n: { $sum: 1 } } }],
        {},
      ).run(docs),
    ),
  });
  return cases;
}

interface Opened {
  startupMs: number;
  rssMiB: number;
  /** Until the indexes were built in the background (and the compaction the open started, if any). */
  settledMs: number;
  rssSettledMiB: number;
  /** The longest the event loop was blocked meanwhile. */
  longestStallMs: number;
}

/** Opens a data folder in a fresh process (so startup and RSS are its own). */
function openInChild(dataDir: string, indexes: IndexDeclarations): Opened {
  const run = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), __filename, '--open', dataDir], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_INDEXES: JSON.stringify(indexes) },
    maxBuffer: 1 << 20,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
  if (run.status !== 0 || !line) throw new Error(`opening ${dataDir} failed: ${run.stderr}`);
  return JSON.parse(line) as Opened;
}

async function childOpen(dataDir: string): Promise<void> {
  const indexes = JSON.parse(process.env.BENCH_INDEXES ?? '{}') as IndexDeclarations;
  const started = performance.now();
  const database = await createDatabase({ dataDir, indexes });
  const startupMs = performance.now() - started;
  const rssMiB = process.memoryUsage().rss / 2 ** 20;
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  await database.indexesReady();
  // a journal that outgrew the snapshot makes the open start a compaction: wait until it is whole
  const inFolder = (name: string) => fs.existsSync(path.join(dataDir, name));
  while (!inFolder('db.snapshot') || inFolder('db.snapshot.tmp')) await new Promise((r) => setTimeout(r, 20));
  stalls.disable();
  const out: Opened = {
    startupMs,
    rssMiB,
    settledMs: performance.now() - started - startupMs,
    rssSettledMiB: process.memoryUsage().rss / 2 ** 20,
    longestStallMs: stalls.max / 1e6,
  };
  await database.close();
  console.log(JSON.stringify(out));
}

const fmt = (ms: number | undefined): string =>
  ms === undefined ? '' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);

export async function benchLocalDatabase(): Promise<void> {
  const indexes = readDatabaseConfig(path.join(root, 'cloudfunctions/database.json'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-bench-db-'));
  const results = new Map<number, { cases: Cases; journal: Opened; snapshot: Opened; snapshotBytes: number }>();
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cloud = require('wx-server-sdk');
    cloud.init({ env: 'bench' });
    const db = cloud.database();
    for (const count of [10_000, 100_000]) {
      const dataDir = path.join(work, String(count));
      writeJournalFolder(dataDir, Object.keys(indexes), count);
      // no compaction while measuring queries: its slices would land in the timings
      const database = await createDatabase({ dataDir, indexes, compactAfterBytes: Number.MAX_SAFE_INTEGER });
      installSeam(async ({ action, params }) => {
        if (!action.startsWith('database.')) throw new Error(`bench: no route for ${action}`);
        return database.handle(action, params);
      });
      let cases: Cases;
      try {
        cases = await measure(database, db, count);
      } finally {
        await database.close();
      }
      const journal = openInChild(dataDir, indexes);
      const snapshot = openInChild(dataDir, indexes);
      const snapshotBytes = fs.statSync(path.join(dataDir, 'db.snapshot')).size;
      results.set(count, { cases, journal, snapshot, snapshotBytes });
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  print(results);
}

function print(results: Map<number, { cases: Cases; journal: Opened; snapshot: Opened; snapshotBytes: number }>): void {
  const small = results.get(10_000);
  const large = results.get(100_000);
  if (!small || !large) return;
  console.log(
    '\nLocal database, ticket-like documents with the tickets indexes of cloudfunctions/database.json ' +
      '(ms; SDK path = wx-server-sdk → seam → engine; scan = the same read as a full mingo scan, as before indexes)',
  );
  const header = ['case', '10k med', '10k p95', '100k med', '100k p95', 'growth', 'scan 10k', 'scan 100k'];
  const rows: string[][] = [];
  for (const [name, atSmall] of small.cases) {
    const atLarge = large.cases.get(name);
    if (!atLarge) continue;
    const growth = Math.log(atLarge.sdk.median / atSmall.sdk.median) / Math.log(10);
    rows.push([
      name,
      fmt(atSmall.sdk.median),
      fmt(atSmall.sdk.p95),
      fmt(atLarge.sdk.median),
      fmt(atLarge.sdk.p95),
      growth.toFixed(2),
      fmt(atSmall.scan?.median),
      fmt(atLarge.scan?.median),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log('(growth: log10(t100k / t10k) of the medians; 0 = flat, 1 = linear in the collection size)');

  console.log('\nStartup of a fresh process (open until the engine answers) and its RSS; then until the indexes are');
  console.log(
    'built in the background (and the compaction the open started), with the longest event-loop stall meanwhile',
  );
  const opened = (o: Opened) =>
    `${(o.startupMs / 1000).toFixed(2)} s, RSS ${o.rssMiB.toFixed(0)} MiB; settled ${(o.settledMs / 1000).toFixed(1)} s ` +
    `later, RSS ${o.rssSettledMiB.toFixed(0)} MiB, longest stall ${o.longestStallMs.toFixed(0)} ms`;
  for (const [count, r] of results) {
    console.log(`  ${count.toLocaleString('en')} tickets, snapshot ${(r.snapshotBytes / 2 ** 20).toFixed(0)} MiB`);
    console.log(`    from the journal alone: ${opened(r.journal)}`);
    console.log(`    from the snapshot:      ${opened(r.snapshot)}`);
  }
  console.log(
    `  main before ordered indexes (through the gateway, 100k tickets): create ${MAIN_AT_100K.create} ms, ` +
      `listMine ${MAIN_AT_100K.listMine} ms, listInbox ${MAIN_AT_100K.listInbox} ms, startup ${MAIN_AT_100K.startupS} s, ` +
      `RSS ${MAIN_AT_100K.rssMiB.toLocaleString('en')} MiB`,
  );
}

if (require.main === module) {
  const [flag, dataDir] = process.argv.slice(2);
  const run = flag === '--open' ? childOpen(dataDir) : benchLocalDatabase();
  run.catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

/**
 * Archive search at 100,000 requests (two years of one community's history, bench/history.ts):
 * each filter kind through the real repository (cloudfunctions/server/repositories/cloud-archive.ts),
 * the genuine wx-server-sdk and the local database with the declared indexes. Printed per filter:
 * database requests and rows of the first page, the median time of the first page and of the 10th
 * (followed by cursor), and for words the documents the index range holds that the phrase is tested on.
 *
 *   npx tsx bench/archive.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArchiveFilters } from '../cloudfunctions/domain/archive-schemas';
import { DEMO_COMMUNITY } from '../cloudfunctions/domain/demo-data';
import type { Ticket } from '../cloudfunctions/domain/model';
import type { Database } from '../cloudfunctions/server/cloud';
import { createRepositories } from '../cloudfunctions/server/repositories';
import { storedTicket } from '../cloudfunctions/server/repositories/cloud-tickets';
import { createDatabase } from '../local/database';
import { readDatabaseConfig } from '../local/runtime/database-config';
import { installSeam } from '../local/seam';
import { historyPeople, historyTickets } from './history';

const root = path.resolve(__dirname, '..');
const TICKETS = 100_000;
const END = new Date('2026-11-24T10:00:00+08:00');
const RUNS = 7;

function writeJournal(dir: string, collections: string[]): Ticket[] {
  const kept: Ticket[] = [];
  const fd = fs.openSync(path.join(dir, 'db.journal'), 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify(collections.map((c) => ({ op: 'create', c })))}\n`);
    let lines: string[] = [];
    let i = 0;
    for (const ticket of historyTickets(TICKETS, END, historyPeople(TICKETS), {})) {
      if (i++ % 5000 === 0) kept.push(ticket);
      lines.push(`${JSON.stringify([{ op: 'put', c: 'tickets', j: storedTicket(ticket) }])}\n`);
      if (lines.length === 1000) {
        fs.writeSync(fd, lines.join(''));
        lines = [];
      }
    }
    fs.writeSync(fd, lines.join(''));
  } finally {
    fs.closeSync(fd);
  }
  return kept;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function benchArchive(): Promise<void> {
  const indexes = readDatabaseConfig(path.join(root, 'cloudfunctions/database.json'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-bench-archive-'));
  const sample = writeJournal(dataDir, Object.keys(indexes));
  const database = await createDatabase({ dataDir, indexes, compactAfterBytes: Number.MAX_SAFE_INTEGER });
  let requests = 0;
  installSeam(async ({ action, params }) => {
    if (!action.startsWith('database.')) throw new Error(`bench: no route for ${action}`);
    requests += 1;
    return database.handle(action, params);
  });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cloud = require('wx-server-sdk');
    cloud.init({ env: 'bench' });
    const db = cloud.database() as Database;
    const repos = createRepositories(db);
    await database.indexesReady();
    const community = [DEMO_COMMUNITY.id];
    const someone = sample[3] as Ticket;
    const lastQuarter = { from: '2026-08-25', to: '2026-11-24' };
    const kinds: Array<[string, ArchiveFilters]> = [
      ['community, newest first', {}],
      ['number', { number: someone.number }],
      ['owner', { ownerOpenid: someone.ownerOpenid }],
      ['unit', { unitId: someone.unitId }],
      ['phone', { phone: someone.contactPhone }],
      ['date range (a month)', { from: '2026-10-01', to: '2026-10-31' }],
      ['category', { category: 'complaint' }],
      ['status', { status: 'closed' }],
      ['department', { department: 'security' }],
      ['channel', { channel: 'miniprogram' }],
      ['category + status + dates', { category: 'repair', status: 'closed', from: '2026-01-01', to: '2026-06-30' }],
      ['words, common (a quarter)', { words: '水龙头', ...lastQuarter }],
      ['words, absent (a quarter)', { words: '无此关键词', ...lastQuarter }],
      ['words + owner', { words: '水', ownerOpenid: someone.ownerOpenid }],
    ];
    console.log(`\nArchive search over ${TICKETS.toLocaleString('en')} requests (two years, one community), limit 20`);
    console.log(
      `  ${'filter'.padEnd(28)} ${'requests'.padStart(8)} ${'rows'.padStart(5)} ${'page 1 ms'.padStart(10)} ${'page 10 ms'.padStart(11)}`,
    );
    for (const [label, filters] of kinds) {
      const times: number[] = [];
      let rows = 0;
      let firstRequests = 0;
      let cursor: string | undefined;
      for (let run = 0; run < RUNS; run += 1) {
        requests = 0;
        const started = performance.now();
        const page = await repos.archive.search(community, filters, { limit: 20 });
        times.push(performance.now() - started);
        rows = page.items.length;
        firstRequests = requests;
        cursor = page.nextCursor;
      }
      let deep = '—';
      if (cursor) {
        for (let n = 2; n < 10 && cursor; n += 1)
          cursor = (await repos.archive.search(community, filters, { limit: 20, cursor })).nextCursor;
        if (cursor) {
          const deepTimes: number[] = [];
          for (let run = 0; run < RUNS; run += 1) {
            const started = performance.now();
            await repos.archive.search(community, filters, { limit: 20, cursor });
            deepTimes.push(performance.now() - started);
          }
          deep = median(deepTimes).toFixed(1);
        }
      }
      console.log(
        `  ${label.padEnd(28)} ${String(firstRequests).padStart(8)} ${String(rows).padStart(5)} ${median(times).toFixed(1).padStart(10)} ${deep.padStart(11)}`,
      );
    }
    const inQuarter = (await db
      .collection('tickets')
      .where({ communityId: DEMO_COMMUNITY.id, createdAt: db.command.gte('2026-08-25T00:00:00.000+08:00') })
      .count()) as { total: number };
    console.log(
      `  words are tested on the requests of the range: ${inQuarter.total.toLocaleString('en')} in the last quarter (the most a words-only search reads)`,
    );
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module)
  benchArchive().catch((error) => {
    console.error(error);
    process.exit(1);
  });

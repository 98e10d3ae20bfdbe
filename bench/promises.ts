/**
 * The promises timer over 100,000 open requests: the real job (cloudfunctions/timer/jobs/promises.ts)
 * through the genuine wx-server-sdk and the local database with the declared indexes. 1,000 of the
 * requests have an alarm due (their warning); the rest are due later. Printed: database requests,
 * documents read and time of the run that warns them, of the next run (nothing due), and of the
 * full scan a timer without the `alarmAt` index would make.
 *
 *   npx tsx bench/promises.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDatabase } from '../local/database';
import { installSeam } from '../local/seam';
import { readDatabaseConfig } from '../local/runtime/database-config';
import type { Ticket } from '../cloudfunctions/domain/model';
import { DEFAULT_SETTINGS } from '../cloudfunctions/domain/settings';
import { startSla } from '../cloudfunctions/domain/sla';
import { toIso } from '../cloudfunctions/domain/time';
import { createRepositories } from '../cloudfunctions/server/repositories';
import { storedTicket } from '../cloudfunctions/server/repositories/cloud-tickets';
import type { Database } from '../cloudfunctions/server/cloud';
import { promisesJob } from '../cloudfunctions/timer/jobs/promises';

const root = path.resolve(__dirname, '..');
const OPEN = 100_000;
const DUE = 1_000;
/** Tuesday 2026-11-24 10:00 China time. */
const NOW = new Date('2026-11-24T10:00:00+08:00');

function openTicket(i: number): Ticket {
  // a 24-hour resolve promise warns after 18 hours: the first DUE started just over 18 hours ago
  const startedMs = NOW.getTime() - 18 * 3_600_000 + (i < DUE ? -60_000 : (1 + (i % 600)) * 60_000);
  const at = toIso(new Date(startedMs));
  const base = { category: 'repair', urgency: 'normal', department: 'engineering' } as const;
  return {
    id: `t${String(i).padStart(9, '0')}`,
    number: `ED20261123-${String(i).padStart(6, '0')}`,
    clientRequestId: `bench-${i}`,
    ownerOpenid: `owner-${i % 5000}`,
    ownerName: '张业主',
    communityId: `community-${i % 4}`,
    location: { kind: 'common_area', text: `${(i % 20) + 1}栋楼道` },
    ...base,
    channel: 'miniprogram',
    description: '卫生间天花板漏水，楼上住户不在家，请尽快安排师傅上门查看处理，谢谢。',
    photos: [],
    contactPhone: '13800138000',
    status: 'accepted',
    reprocessCount: 0,
    sla: startSla('resolve', base, at, DEFAULT_SETTINGS),
    timeline: [
      {
        id: 'e1',
        kind: 'created',
        at,
        actor: { openid: `owner-${i % 5000}`, name: '张业主', role: 'owner' },
        internal: false,
        text: '卫生间天花板漏水',
      },
    ],
    createdAt: at,
    updatedAt: at,
    version: 2,
  };
}

/** The requests as the repository stores them, written as the database's journal (loading 100,000 through the SDK takes minutes). */
function writeJournal(dir: string, collections: string[]): void {
  const fd = fs.openSync(path.join(dir, 'db.journal'), 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify(collections.map((c) => ({ op: 'create', c })))}\n`);
    for (let start = 0; start < OPEN; start += 1000) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(OPEN, start + 1000); i++)
        lines.push(`${JSON.stringify([{ op: 'put', c: 'tickets', j: storedTicket(openTicket(i)) }])}\n`);
      fs.writeSync(fd, lines.join(''));
    }
  } finally {
    fs.closeSync(fd);
  }
}

export async function benchPromises(): Promise<void> {
  const indexes = readDatabaseConfig(path.join(root, 'cloudfunctions/database.json'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-bench-promises-'));
  const loadStarted = performance.now();
  writeJournal(dataDir, Object.keys(indexes));
  const database = await createDatabase({ dataDir, indexes, compactAfterBytes: Number.MAX_SAFE_INTEGER });
  let requests = 0;
  let documentsRead = 0;
  installSeam(async ({ action, params }) => {
    if (!action.startsWith('database.')) throw new Error(`bench: no route for ${action}`);
    requests += 1;
    const answer = (await database.handle(action, params)) as { data?: { list?: unknown[] } };
    if (action === 'database.getDocument') documentsRead += answer.data?.list?.length ?? 0;
    return answer;
  });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cloud = require('wx-server-sdk');
    cloud.init({ env: 'bench' });
    const db = cloud.database() as Database;
    const repos = createRepositories(db);
    await database.indexesReady();
    console.log(
      `\nPromises timer over ${OPEN.toLocaleString('en')} open requests (${DUE} with a warning due; loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s)`,
    );

    const run = async (label: string) => {
      requests = 0;
      documentsRead = 0;
      const started = performance.now();
      const report = await promisesJob.run({ repos, now: NOW, deadline: Date.now() + 20_000 });
      const ms = performance.now() - started;
      console.log(
        `  ${label.padEnd(30)} ${String(requests).padStart(6)} db requests ${String(documentsRead).padStart(7)} docs read ${ms.toFixed(0).padStart(7)} ms   ${JSON.stringify(report)}`,
      );
      return { requests, documentsRead, ms };
    };
    const first = await run('run with 1,000 warnings due');
    const idle = await run('next run, nothing due');

    // what a timer without the alarm index would do: read every open request, 1,000 a request
    requests = 0;
    documentsRead = 0;
    const _ = db.command;
    const scanStarted = performance.now();
    let last = '';
    for (;;) {
      const page = (await db
        .collection('tickets')
        .where({ _id: _.gt(last) })
        .orderBy('_id', 'asc')
        .limit(1000)
        .get()) as { data: Array<{ _id: string }> };
      if (page.data.length === 0) break;
      last = page.data[page.data.length - 1]._id;
    }
    const scanMs = performance.now() - scanStarted;
    console.log(
      `  ${'full scan (no alarm index)'.padEnd(30)} ${String(requests).padStart(6)} db requests ${String(documentsRead).padStart(7)} docs read ${scanMs.toFixed(0).padStart(7)} ms`,
    );
    console.log(
      `  the indexed run reads ${((100 * first.documentsRead) / documentsRead).toFixed(1)}% of the documents a scan reads (writes aside, ${first.requests - first.documentsRead / 100 - 3} of its requests are one write per warned request); an idle run makes ${idle.requests} request against the scan's ${requests}`,
    );
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module)
  benchPromises().catch((error) => {
    console.error(error);
    process.exit(1);
  });

/**
 * The month's figures over a 100,000-request history (two years of one community, in every
 * category, channel and department, with kept and missed promises, transfers and ratings sent back): the `report` figure set counted by ONE
 * aggregate round trip, against paging the same requests through a function (1,000 a request) and
 * counting them in memory; and the time to build the complaint summary workbook of a period.
 *
 *   npx tsx bench/figures.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDatabase } from '../local/database';
import { installSeam } from '../local/seam';
import { readDatabaseConfig } from '../local/runtime/database-config';
import { complaintSummary, summaryPeriod } from '../cloudfunctions/domain/figures/complaint-summary';
import { monthKpis } from '../cloudfunctions/domain/figures/kpis';
import { monthOf, monthRange, shiftMonth } from '../cloudfunctions/domain/figures/month';
import { requestFiguresPipeline, rowsOf } from '../cloudfunctions/domain/figures/pipeline';
import type { AnsweredRow } from '../cloudfunctions/domain/figures/pipeline';
import { DEMO_COMMUNITY } from '../cloudfunctions/domain/demo-data';
import { CATEGORIES, CHANNELS, DEPARTMENTS } from '../cloudfunctions/domain/model';
import type { ClosedPromise, Ticket } from '../cloudfunctions/domain/model';
import { toIso } from '../cloudfunctions/domain/time';
import { Aggregator } from 'mingo';
import { createRepositories } from '../cloudfunctions/server/repositories';
import { storedTicket } from '../cloudfunctions/server/repositories/cloud-tickets';
import { complaintWorkbook } from '../cloudfunctions/server/figures/complaint-workbook';
import { SATISFIED_ABOVE } from '../cloudfunctions/server/figures/figure-sets';
import type { Database } from '../cloudfunctions/server/cloud';

const root = path.resolve(__dirname, '..');
const TICKETS = 100_000;
const END = new Date('2026-11-24T10:00:00+08:00');

const SPAN_MS = 730 * 24 * 3_600_000;

/** Request `i` of the history: filed evenly over two years before END, most closed, some sent back or passed on. */
function historyRequest(i: number): Ticket {
  const filed = END.getTime() - SPAN_MS + Math.floor((i * SPAN_MS) / TICKETS);
  const at = (minutes: number) => toIso(new Date(filed + minutes * 60_000));
  const department = DEPARTMENTS[i % DEPARTMENTS.length];
  const passedOn = i % 20 === 0;
  const sentBack = i % 14 === 0;
  const step = (n: number, owner: ClosedPromise['department'], hit: boolean): ClosedPromise => ({
    step: n % 2 ? 'resolve' : 'accept',
    department: owner,
    startedAt: at(n * 30),
    dueAt: at(n * 30 + 15),
    endedAt: at(n * 30 + (hit ? 10 : 40)),
    outcome: hit ? 'hit' : 'missed',
  });
  const promises = [
    ...(passedOn ? [step(0, 'engineering', false)] : []),
    step(1, department, i % 9 !== 0),
    step(2, department, i % 11 !== 0),
    ...(sentBack ? [step(3, department, true), step(4, department, i % 3 !== 0)] : []),
  ];
  const scores = sentBack ? [2, 4 + (i % 2)] : [3 + (i % 3)];
  const actor = { openid: `owner-${i % 5000}`, name: '业主', role: 'owner' as const };
  return {
    id: `h${String(i).padStart(9, '0')}`,
    number: `ED${at(0).slice(0, 10).replace(/-/g, '')}-${String(i).padStart(6, '0')}`,
    clientRequestId: `history-${i}`,
    ownerOpenid: actor.openid,
    ownerName: '业主',
    communityId: DEMO_COMMUNITY.id,
    location: { kind: 'common_area', text: `${(i % 20) + 1}栋楼道` },
    category: CATEGORIES[i % CATEGORIES.length],
    channel: CHANNELS[(i * 7) % CHANNELS.length],
    urgency: 'normal',
    description: i % 50 === 0 ? '电梯噪音大' : `楼道灯不亮，第${i}号`,
    photos: [],
    contactPhone: '13800138000',
    status: 'closed',
    department,
    reprocessCount: sentBack ? 1 : 0,
    promises,
    resolution: { text: '已处理', photos: [], at: at(120) },
    rating: { score: scores[scores.length - 1], tags: [], at: at(200) },
    timeline: [
      { id: 'e1', kind: 'created', at: at(0), actor, internal: false, text: '楼道灯不亮' },
      ...scores.map((score, n) => ({
        id: `r${n}`,
        kind: 'rated' as const,
        at: at(200),
        actor,
        internal: false,
        rating: score,
      })),
    ],
    createdAt: at(0),
    updatedAt: at(200),
    version: 6,
  };
}

/** The requests as the repository stores them, written as the database's journal (loading 100,000 through the SDK takes minutes). */
function writeJournal(dir: string, collections: string[]): void {
  const fd = fs.openSync(path.join(dir, 'db.journal'), 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify(collections.map((c) => ({ op: 'create', c })))}\n`);
    for (let start = 0; start < TICKETS; start += 1000) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(TICKETS, start + 1000); i++)
        lines.push(`${JSON.stringify([{ op: 'put', c: 'tickets', j: storedTicket(historyRequest(i)) }])}\n`);
      fs.writeSync(fd, lines.join(''));
    }
  } finally {
    fs.closeSync(fd);
  }
}

export async function benchFigures(): Promise<void> {
  const indexes = readDatabaseConfig(path.join(root, 'cloudfunctions/database.json'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-bench-figures-'));
  writeJournal(dataDir, Object.keys(indexes));
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
    const communityId = DEMO_COMMUNITY.id;
    const month = shiftMonth(monthOf(END), -1);
    const range = monthRange(month);
    const asOf = toIso(END);
    console.log(`\nThe month's figures over ${TICKETS.toLocaleString('en')} requests (${month}, one community)`);

    requests = 0;
    let started = performance.now();
    const rows = await repos.figures.requestRows(communityId, range, asOf, SATISFIED_ABOVE);
    const aggregateMs = performance.now() - started;
    const aggregateRequests = requests;
    const kpis = monthKpis({
      communityId,
      month,
      asOf,
      rows,
      visits: { planned: 0, reached: 0, unreached: 0, byDepartment: {} },
      surveys: null,
    });

    // the same figures by paging every request of the month through the function and counting in memory
    requests = 0;
    started = performance.now();
    const _ = db.command;
    const docs: Array<Record<string, unknown>> = [];
    let last: { createdAt: string; _id: string } | undefined;
    for (;;) {
      const base = { communityId, createdAt: _.gte(range.start).and(_.lt(range.end)) };
      const where = last
        ? _.and(base, _.or({ createdAt: _.lt(last.createdAt) }, { createdAt: last.createdAt, _id: _.lt(last._id) }))
        : base;
      const page = (await db
        .collection('tickets')
        .where(where)
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(1000)
        .get()) as unknown as {
        data: Array<Record<string, unknown> & { createdAt: string; _id: string }>;
      };
      docs.push(...page.data);
      if (page.data.length < 1000) break;
      last = page.data[page.data.length - 1];
    }
    const pagedRows = rowsOf(
      new Aggregator(requestFiguresPipeline(communityId, range, asOf, SATISFIED_ABOVE)).run(docs) as AnsweredRow[],
    );
    const pagingMs = performance.now() - started;
    const same = monthKpis({
      communityId,
      month,
      asOf,
      rows: pagedRows,
      visits: { planned: 0, reached: 0, unreached: 0, byDepartment: {} },
      surveys: null,
    });
    const line = (label: string, n: number, ms: number) =>
      console.log(`  ${label.padEnd(44)} ${String(n).padStart(4)} db requests ${ms.toFixed(0).padStart(7)} ms`);
    line(`one aggregate (${kpis.requests} requests counted)`, aggregateRequests, aggregateMs);
    line(`paging ${docs.length} requests through the function`, requests, pagingMs);
    console.log(
      `  ratio: ${(pagingMs / aggregateMs).toFixed(1)}× faster, ${requests}× fewer requests; bytes answered: ${rows.length} rows instead of ${docs.length} documents; same KPIs: ${JSON.stringify(same) === JSON.stringify(kpis)}`,
    );

    const period = summaryPeriod(monthOf(END));
    requests = 0;
    started = performance.now();
    const complaints = await repos.figures.complaints(communityId, period.start, period.end);
    const readMs = performance.now() - started;
    started = performance.now();
    const summary = complaintSummary(complaints, {
      communityId,
      communityName: DEMO_COMMUNITY.name,
      period,
      now: END,
      satisfiedAbove: SATISFIED_ABOVE,
    });
    const workbook = await complaintWorkbook(summary);
    const buildMs = performance.now() - started;
    console.log(
      `  complaint summary ${period.key}: ${complaints.length} complaints read in ${requests} db requests (${readMs.toFixed(0)} ms); sections and workbook built in ${buildMs.toFixed(0)} ms (${(workbook.length / 1024).toFixed(1)} KiB)`,
    );
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchFigures();

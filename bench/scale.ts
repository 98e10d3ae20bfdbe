/**
 * Cloud functions at a real community's scale: the local runtime seeded with 10,000 and then
 * 100,000 requests of history (bench/seed-history.ts), each action timed and its database
 * requests counted, then 10–20 clients at once through `cloud.invoke`. Printed beside the goals,
 * never asserted.
 *
 *   npx tsx bench/scale.ts        (needs `npm run build:functions` first)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLocalCloud } from '../local';
import type { LocalCloud } from '../local';
import { seedHistory } from './seed-history';
import { median, percentile, timed } from './stats';

const SIZES = [10_000, 100_000] as const;
const SAMPLES: Record<number, number> = { 10_000: 20, 100_000: 10 };
const CONCURRENT_SECONDS = 5;

const OWNER = 'demo-owner-1';
const ENGINEER = 'demo-engineering';

/** Database requests per action, counting the caller lookup. */
const REQUEST_GOALS: Record<string, string> = {
  'user.me': '1',
  'ticket.create': '≤ 4',
  'ticket.listMine': '≤ 2',
  'ticket.listInbox': '≤ 2',
  'ticket.inboxCounts': '2',
  // staff shown the owner's full phone add one write: its access-log entry (docs/records.md)
  'ticket.get': '3',
  'ticket.accept': '≤ 4',
  'ticket.reply': '≤ 4',
  'ticket.note': '≤ 4',
  'ticket.resolve': '≤ 4',
  'ticket.rate': '≤ 3',
  'ticket.transfer': '≤ 4',
};
const MEDIAN_GOALS: Record<string, number> = { 'ticket.listInbox': 15, 'ticket.listMine': 10, 'ticket.create': 10 };
const GROWTH_GOAL = 0.1;

interface Sample {
  ms: number;
  requests: number;
}

interface Answer {
  ok: boolean;
  data?: { id: string };
  error?: { code: string; message: string };
}

let requestSerial = 0;
/** A repair filed for `unitId`, one of the filing owner's units. */
const aRequest = (unitId: string) => ({
  action: 'create',
  clientRequestId: `scale-${Date.now().toString(36)}-${(requestSerial += 1)}`,
  category: 'repair',
  description: '厨房水龙头漏水，请师傅上门看看',
  location: { kind: 'unit', unitId },
  contactPhone: '13800138000',
});
const OWNER_UNIT = 'demo-unit-1-1-101';

class Bench {
  private requests = 0;
  private lastRequestAt = 0;
  readonly samples = new Map<string, Sample[]>();
  cloud!: LocalCloud;

  count(action: string) {
    this.lastRequestAt = performance.now();
    if (action.startsWith('database.')) this.requests += 1;
  }

  /** Waits until calls that timed out have finished their work too (no request for half a second). */
  async drain(): Promise<void> {
    const giveUp = performance.now() + 30_000;
    while (performance.now() - this.lastRequestAt < 500 && performance.now() < giveUp)
      await new Promise((resolve) => setTimeout(resolve, 100));
  }

  async call(fn: string, event: { action: string; [key: string]: unknown }, openid: string): Promise<Answer> {
    const before = this.requests;
    const { ms, result } = await timed(() => this.cloud.invoke(fn, event, { openid }));
    const answer = result as Answer;
    if (!answer.ok) throw new Error(`${fn}.${event.action} failed: ${answer.error?.code} ${answer.error?.message}`);
    const key = `${fn}.${event.action}`;
    this.samples.set(key, [...(this.samples.get(key) ?? []), { ms, requests: this.requests - before }]);
    return answer;
  }
}

/** Each action in turn, `rounds` times, on requests it files itself. */
async function sequential(bench: Bench, rounds: number): Promise<void> {
  const ids: string[] = [];
  const passOn: string[] = [];
  for (let i = 0; i < rounds; i += 1) {
    await bench.call('user', { action: 'me' }, OWNER);
    ids.push((await bench.call('ticket', aRequest(OWNER_UNIT), OWNER)).data?.id ?? '');
  }
  for (let i = 0; i < rounds; i += 1) {
    passOn.push(
      ((await bench.cloud.invoke('ticket', aRequest(OWNER_UNIT), { openid: OWNER })) as Answer).data?.id ?? '',
    );
    await bench.call('ticket', { action: 'listMine' }, OWNER);
    await bench.call('ticket', { action: 'listInbox', view: 'new' }, ENGINEER);
    await bench.call('ticket', { action: 'inboxCounts' }, ENGINEER);
  }
  for (const ticketId of ids) {
    await bench.call('ticket', { action: 'get', ticketId }, ENGINEER);
    await bench.call('ticket', { action: 'accept', ticketId }, ENGINEER);
    await bench.call('ticket', { action: 'reply', ticketId, text: '师傅下午两点上门' }, ENGINEER);
    await bench.call('ticket', { action: 'note', ticketId, text: '需带备用阀芯' }, ENGINEER);
    await bench.call('ticket', { action: 'resolve', ticketId, text: '已更换阀芯，不再漏水' }, ENGINEER);
    await bench.call('ticket', { action: 'rate', ticketId, score: 5, tags: ['响应及时'] }, OWNER);
  }
  for (const ticketId of passOn)
    await bench.call(
      'ticket',
      { action: 'transfer', ticketId, toDepartment: 'security', reason: '需秩序部协助' },
      ENGINEER,
    );
}

interface LoadResult {
  calls: number;
  failed: Record<string, number>;
  perSecond: number;
}

/** `clients` loops, each calling `next(client, i)` back to back until `done()`. */
async function load(
  cloud: LocalCloud,
  clients: number,
  done: () => boolean,
  next: (client: number, i: number) => { fn: string; event: object; openid: string },
  /** each client's pause between its calls (0: back to back) */
  pauseMs = 0,
): Promise<LoadResult> {
  const failed: Record<string, number> = {};
  let calls = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; !done(); i += 1) {
        const { fn, event, openid } = next(client, i);
        try {
          const answer = (await cloud.invoke(fn, event, { openid })) as Answer;
          if (!answer.ok) failed[answer.error?.code ?? 'ERROR'] = (failed[answer.error?.code ?? 'ERROR'] ?? 0) + 1;
        } catch (error) {
          const code = (error as { code?: string }).code ?? 'THROWN';
          failed[code] = (failed[code] ?? 0) + 1;
        }
        calls += 1;
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
    }),
  );
  return { calls, failed, perSecond: calls / ((performance.now() - started) / 1000) };
}

const forSeconds = (seconds: number) => {
  const deadline = performance.now() + seconds * 1000;
  return () => performance.now() >= deadline;
};

const histOwner = (client: number) => ({ openid: `hist-owner-${client + 1}`, unitId: `hist-unit-${client + 1}` });
const pollInbox = (client: number) => ({
  fn: 'ticket',
  event: { action: 'listInbox', view: 'new' },
  openid: ['demo-engineering', 'demo-receptionist', 'demo-manager', 'demo-engineering-head'][client % 4],
});

async function concurrency(cloud: LocalCloud): Promise<string[]> {
  const lines: string[] = [];
  const probe = ((await cloud.invoke('ticket', aRequest(OWNER_UNIT), { openid: OWNER })) as Answer).data?.id ?? '';

  // get, timed one after another while 10 clients poll the inbox: back to back (the one thread
  // saturated: a get waits behind up to ten inbox reads), then each once a second as 工作台 would
  const getsWhilePolling = async (pauseMs: number): Promise<number[]> => {
    let polling = true;
    const pollers = load(cloud, 10, () => !polling, pollInbox, pauseMs);
    const gets: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      gets.push(
        (await timed(() => cloud.invoke('ticket', { action: 'get', ticketId: probe }, { openid: ENGINEER }))).ms,
      );
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, 37));
    }
    polling = false;
    await pollers;
    return gets;
  };
  for (const [label, pauseMs] of [
    ['back to back', 0],
    ['each every 1 s', 1000],
  ] as const) {
    const gets = await getsWhilePolling(pauseMs);
    lines.push(
      `get p95, 10 clients polling listInbox ${label.padEnd(14)}${percentile(gets, 0.95).toFixed(1).padStart(6)} ms   (goal ≤ 25 ms; median ${median(gets).toFixed(1)} ms, 30 gets)`,
    );
  }

  const inbox = await load(cloud, 10, forSeconds(CONCURRENT_SECONDS), pollInbox);
  lines.push(
    `listInbox with 10 clients                  ${inbox.perSecond.toFixed(1).padStart(8)} /s   (goal ≥ 150/s; ${inbox.calls} calls, failed ${JSON.stringify(inbox.failed)})`,
  );

  const creates = await load(cloud, 10, forSeconds(CONCURRENT_SECONDS), (client) => {
    const owner = histOwner(client);
    return { fn: 'ticket', event: aRequest(owner.unitId), openid: owner.openid };
  });
  lines.push(
    `create with 10 clients                     ${creates.perSecond.toFixed(1).padStart(8)} /s   (goal ≥ 100/s; ${creates.calls} calls, failed ${JSON.stringify(creates.failed)})`,
  );

  // 20 clients, each going round what people do most: the inbox, a request, filing, their list
  const mixed = await load(cloud, 20, forSeconds(CONCURRENT_SECONDS), (client, i) => {
    const owner = histOwner(client);
    switch (i % 4) {
      case 0:
        return pollInbox(client);
      case 1:
        return { fn: 'ticket', event: { action: 'get', ticketId: probe }, openid: ENGINEER };
      case 2:
        return { fn: 'ticket', event: aRequest(owner.unitId), openid: owner.openid };
      default:
        return { fn: 'ticket', event: { action: 'listMine' }, openid: owner.openid };
    }
  });
  lines.push(
    `FUNCTION_TIMEOUT with 20 clients (mixed)   ${String(mixed.failed.FUNCTION_TIMEOUT ?? 0).padStart(8)}      (goal 0; ${mixed.calls} calls, ${mixed.perSecond.toFixed(1)}/s, failed ${JSON.stringify(mixed.failed)})`,
  );
  return lines;
}

async function atSize(size: number, concurrent: boolean) {
  const root = path.resolve(__dirname, '..');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-scale-'));
  const bench = new Bench();
  const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };
  bench.cloud = await createLocalCloud({
    dataDir,
    functionsRoot: path.join(root, 'dist/cloudfunctions'),
    databaseConfigFile: path.join(root, 'cloudfunctions/database.json'),
    observeRequests: (action) => bench.count(action),
    logger: quiet,
  });
  try {
    // outside any invocation the SDK reaches the most recently started local cloud: this one
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require('wx-server-sdk') as typeof import('wx-server-sdk');
    sdk.init({ env: bench.cloud.envId });
    const seeded = await seedHistory(sdk.database(), size);
    // measure the steady state, not the compaction the seeding's writes set off (see the note printed)
    await bench.cloud.database.settled();
    await sequential(bench, SAMPLES[size]);
    const lines = concurrent ? await concurrency(bench.cloud) : [];
    await bench.drain();
    return { seeded, samples: bench.samples, lines };
  } finally {
    await bench.cloud.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchScale(): Promise<void> {
  const results = [];
  for (const size of SIZES) results.push(await atSize(size, size === SIZES[SIZES.length - 1]));
  const [small, large] = results;

  console.log(
    `\nCloud functions at a community's scale: ${SIZES.map((s) => s.toLocaleString('en')).join(' and ')} requests of two years' history`,
  );
  console.log(
    '  (timed once the database settled: indexes built, no compaction running. A compaction runs when the journal\n' +
      '   outgrows half the snapshot — tens of thousands of writes at 100k — and for its few seconds writes wait longer)',
  );
  for (const r of results)
    console.log(
      `  seeded ${r.seeded.tickets.toLocaleString('en')} requests (${r.seeded.owners} owners) in ${r.seeded.seconds.toFixed(1)} s: ${JSON.stringify(r.seeded.byStatus)}`,
    );
  console.log(
    `action               db requests (goal)   10k median / p95 ms   100k median / p95 ms   growth (goal ≤ ${GROWTH_GOAL})   median goal`,
  );
  for (const [action, list] of large.samples) {
    const before = small.samples.get(action) ?? [];
    const ms = (l: Sample[]) =>
      `${median(l.map((s) => s.ms)).toFixed(1)} / ${percentile(
        l.map((s) => s.ms),
        0.95,
      ).toFixed(1)}`;
    const growth = Math.log(median(list.map((s) => s.ms)) / median(before.map((s) => s.ms))) / Math.log(10);
    const goal = MEDIAN_GOALS[action];
    console.log(
      `${action.padEnd(20)} ${`${median(list.map((s) => s.requests))} (${REQUEST_GOALS[action] ?? '—'})`.padStart(18)} ${ms(before).padStart(21)} ${ms(list).padStart(22)} ${growth.toFixed(2).padStart(20)}   ${goal ? `≤ ${goal} ms` : ''}`,
    );
  }
  console.log(
    `Under concurrency at ${SIZES[SIZES.length - 1].toLocaleString('en')} requests (in-process cloud.invoke, 3 s function timeout):`,
  );
  for (const line of large.lines) console.log(`  ${line}`);
}

if (require.main === module) {
  benchScale().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

// `npm run load`: drives the gateway with N clients for T seconds doing what owners and staff do
// (owners create and listMine, staff listInbox and get) and prints, per action, the count, the
// throughput and the latency percentiles, and the errors by code. Loopback only; not part of
// `npm test`. Without --url it starts its own local cloud (local/main.ts, in a child process) on a
// temporary data folder seeded with the demo data, or on a copy of --data-dir (left as it is).
//
//   npm run load -- [--url http://127.0.0.1:8080] [--clients 10] [--seconds 10]
//                   [--mix create|inbox|get|mixed] [--data-dir <folder>]
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isLoopbackHost } from '../local/gateway/loopback';
import { DEMO_ADMIN_OPENID } from '../cloudfunctions/domain/demo-data';
import { percentile } from '../bench/stats';
import { buildCloudFunctions } from './build-cloudfunctions';

const root = path.resolve(__dirname, '..');

const MIXES = ['create', 'inbox', 'get', 'mixed'] as const;
type Mix = (typeof MIXES)[number];
const ACTIONS = ['create', 'listMine', 'listInbox', 'get'] as const;
type Action = (typeof ACTIONS)[number];

/** How often each action is picked, per mix (weights). */
const MIX_WEIGHTS: Record<Mix, Partial<Record<Action, number>>> = {
  create: { create: 1 },
  inbox: { listInbox: 1 },
  get: { get: 1 },
  mixed: { create: 2, listMine: 3, listInbox: 3, get: 2 },
};

const OWNERS = [
  { openid: 'demo-owner-1', unitId: 'demo-unit-1-1-101' },
  { openid: 'demo-owner-2', unitId: 'demo-unit-2-1-202' },
];
const STAFF = ['demo-engineering', 'demo-engineering-head', 'demo-receptionist', 'demo-service-head'];
const INBOX_VIEWS = ['new', 'in_progress', 'overdue', 'done'];
const MINE_FILTERS = ['all', 'open', 'done'];
const CATEGORIES = ['repair', 'complaint', 'consultation'];
/** Who reads requests with `get`: engineering sees the repairs the owners file. */
const READER = 'demo-engineering';

interface Options {
  url?: string;
  clients: number;
  seconds: number;
  mix: Mix;
  dataDir?: string;
}

const USAGE =
  'usage: npm run load -- [--url http://127.0.0.1:8080] [--clients 10] [--seconds 10] ' +
  '[--mix create|inbox|get|mixed] [--data-dir <folder>]';

function parseOptions(argv: string[]): Options {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (!['--url', '--clients', '--seconds', '--mix', '--data-dir'].includes(name)) fail(`unknown option ${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined) fail(`${name} needs a value`);
    given.set(name, value);
  }
  const integer = (name: string, fallback: number, max: number): number => {
    const text = given.get(name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > max)
      fail(`${name} must be an integer 1–${max}, not "${text}"`);
    return value;
  };
  const mix = (given.get('--mix') ?? 'mixed') as Mix;
  if (!MIXES.includes(mix)) fail(`--mix must be one of ${MIXES.join(', ')}, not "${mix}"`);
  const url = given.get('--url');
  if (url !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      fail(`--url is not a URL: "${url}"`);
    }
    if (parsed.protocol !== 'http:' || !isLoopbackHost(parsed.hostname.replace(/^\[|\]$/g, ''))) {
      fail('--url must be an http:// address on this machine (loopback)');
    }
    if (given.has('--data-dir')) fail('--data-dir starts a cloud of its own: give it without --url');
  }
  return {
    url: url?.replace(/\/+$/, ''),
    clients: integer('--clients', 10, 500),
    seconds: integer('--seconds', 10, 600),
    mix,
    dataDir: given.has('--data-dir') ? path.resolve(given.get('--data-dir') as string) : undefined,
  };
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

// ---- talking to the gateway -------------------------------------------------------------------

const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });

interface Answer {
  /** null when the call succeeded, else the code it failed with */
  error: string | null;
  data?: any;
}

function callTicket(baseUrl: string, openid: string, event: object): Promise<Answer> {
  const body = JSON.stringify(event);
  return new Promise((resolve) => {
    const req = http.request(
      `${baseUrl}/cloud/ticket`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-openid': openid },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          let answer: any;
          try {
            answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            return resolve({ error: `HTTP_${res.statusCode}` });
          }
          if (res.statusCode !== 200) return resolve({ error: answer?.code ?? `HTTP_${res.statusCode}` });
          if (answer?.ok === true) return resolve({ error: null, data: answer.data });
          resolve({ error: answer?.error?.code ?? 'UNEXPECTED_ANSWER' });
        });
        res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? 'NETWORK' }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? 'NETWORK' }));
    req.end(body);
  });
}

// ---- the cloud under test ---------------------------------------------------------------------

interface CloudUnderTest {
  url: string;
  log: () => string[];
  stop(): Promise<void>;
}

async function startOwnCloud(dataDir: string): Promise<CloudUnderTest> {
  if (!fs.existsSync(path.join(root, 'dist/cloudfunctions/ticket/index.js'))) {
    console.log('building the cloud functions …');
    await buildCloudFunctions(() => undefined);
  }
  const child: ChildProcess = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(root, 'local/main.ts')], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', TIMERS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 1000) lines.splice(0, lines.length - 500);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (!url) {
    url = lines.map((l) => /listening on (http:\/\/\S+)/.exec(l)?.[1]).find(Boolean);
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the local cloud did not start:\n${lines.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const startedLines = lines.length;
  return {
    url,
    log: () => lines.slice(startedLines),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM'); // closes the database cleanly
      await exited;
    },
  };
}

/** Seeds the demo data (a no-op when the folder has data), as the demo admin. */
async function seedDemo(url: string): Promise<void> {
  const body = JSON.stringify({ action: 'seedDemo' });
  const answer = await new Promise<any>((resolve, reject) => {
    const req = http.request(
      `${url}/cloud/bootstrap`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-openid': DEMO_ADMIN_OPENID } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  if (!answer?.ok) throw new Error(`seeding the demo data failed: ${JSON.stringify(answer)}`);
}

// ---- the load --------------------------------------------------------------------------------

let sequence = 0;
const runId = `${process.pid.toString(36)}${Date.now().toString(36)}`;

function eventFor(action: Action, n: number, ticketIds: string[]): { openid: string; event: object } {
  const owner = OWNERS[n % OWNERS.length];
  switch (action) {
    case 'create':
      return {
        openid: owner.openid,
        event: {
          action: 'create',
          clientRequestId: `load-${runId}-${(sequence += 1)}`,
          category: CATEGORIES[n % CATEGORIES.length],
          description: '压力测试：卫生间地漏返味，请安排师傅查看',
          photos: [],
          location: { kind: 'unit', unitId: owner.unitId },
          urgency: 'normal',
          contactPhone: '13812345678',
        },
      };
    case 'listMine':
      return { openid: owner.openid, event: { action: 'listMine', filter: MINE_FILTERS[n % 3], limit: 20 } };
    case 'listInbox':
      return {
        openid: STAFF[n % STAFF.length],
        event: { action: 'listInbox', view: INBOX_VIEWS[n % INBOX_VIEWS.length], limit: 20 },
      };
    case 'get':
      return { openid: READER, event: { action: 'get', ticketId: ticketIds[n % ticketIds.length] } };
  }
}

function picker(mix: Mix): (n: number) => Action {
  const weighted = Object.entries(MIX_WEIGHTS[mix]).flatMap(([action, weight]) =>
    Array.from({ length: weight as number }, () => action as Action),
  );
  return (n) => weighted[n % weighted.length];
}

/** Request ids `get` can read: what engineering sees, after filing a few repairs if it sees none. */
async function ticketsToRead(url: string): Promise<string[]> {
  const ids = new Set<string>();
  const collect = async () => {
    for (const view of INBOX_VIEWS) {
      const page = await callTicket(url, READER, { action: 'listInbox', view, limit: 50 });
      for (const item of page.data?.items ?? []) ids.add(item.id);
    }
  };
  await collect();
  if (ids.size === 0) {
    for (let n = 0; n < 6; n++) {
      const { openid, event } = eventFor('create', n * CATEGORIES.length, []); // repairs, routed to engineering
      const created = await callTicket(url, openid, event);
      if (created.error) throw new Error(`could not file a request to read: ${created.error}`);
    }
    await collect();
  }
  if (ids.size === 0) throw new Error(`${READER} sees no requests to read with get`);
  return [...ids];
}

interface Tally {
  latencies: number[];
  errors: Map<string, number>;
}

async function runLoad(
  url: string,
  options: Options,
  ticketIds: string[],
): Promise<{ tallies: Map<Action, Tally>; ms: number }> {
  const tallies = new Map<Action, Tally>();
  const pick = picker(options.mix);
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async (index: number) => {
    // Each client walks the whole mix from its own offset, so every action runs from the start.
    for (let k = 0; performance.now() < deadline; k++) {
      const action = pick(index + k);
      const n = index + k * options.clients;
      const { openid, event } = eventFor(action, n, ticketIds);
      const sent = performance.now();
      const answer = await callTicket(url, openid, event);
      const tally: Tally = tallies.get(action) ?? { latencies: [], errors: new Map() };
      tallies.set(action, tally);
      tally.latencies.push(performance.now() - sent);
      if (answer.error) tally.errors.set(answer.error, (tally.errors.get(answer.error) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  return { tallies, ms: performance.now() - started };
}

// ---- the report ------------------------------------------------------------------------------

function report(tallies: Map<Action, Tally>, ms: number): void {
  const seconds = ms / 1000;
  const row = (name: string, tally: Tally) => {
    const latencies = tally.latencies;
    const errors = [...tally.errors].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`);
    const cells = [
      name.padEnd(10),
      String(latencies.length).padStart(7),
      (latencies.length / seconds).toFixed(1).padStart(8),
      ...[0.5, 0.95, 0.99].map((p) => percentile(latencies, p).toFixed(1).padStart(8)),
    ];
    console.log(`${cells.join(' ')}   ${errors.join(', ') || '—'}`);
  };
  console.log(
    `\n${'action'.padEnd(10)} ${'count'.padStart(7)} ${'/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}   errors`,
  );
  const total: Tally = { latencies: [], errors: new Map() };
  for (const action of ACTIONS) {
    const tally = tallies.get(action);
    if (!tally) continue;
    row(action, tally);
    total.latencies.push(...tally.latencies);
    for (const [code, count] of tally.errors) total.errors.set(code, (total.errors.get(code) ?? 0) + count);
  }
  row('total', total);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  let cloud: CloudUnderTest | undefined;
  let tempDir: string | undefined;
  const cleanUp = async () => {
    await cloud?.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => cleanUp().then(() => process.exit(130)));
  try {
    let url = options.url;
    if (!url) {
      // A copy of --data-dir: the run files requests, and the next run should start from the same data.
      tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-load-'));
      if (options.dataDir) {
        if (!fs.existsSync(options.dataDir)) fail(`--data-dir ${options.dataDir} does not exist`);
        fs.cpSync(options.dataDir, tempDir, { recursive: true });
        fs.rmSync(path.join(tempDir, 'database', 'db.lock'), { force: true }); // the copy is held by nobody
      }
      cloud = await startOwnCloud(tempDir);
      url = cloud.url;
      await seedDemo(url);
    }
    const ticketIds = options.mix === 'get' || options.mix === 'mixed' ? await ticketsToRead(url) : [];
    // One call of each action first, so cold starts (loading each function) are not measured.
    for (const action of ACTIONS) {
      if (action === 'get' && ticketIds.length === 0) continue;
      const { openid, event } = eventFor(action, 0, ticketIds);
      await callTicket(url, openid, event);
    }

    console.log(
      `Estate Desk load test: ${options.clients} clients, ${options.seconds} s, mix "${options.mix}", ${url}${cloud ? ` (a local cloud of its own on ${options.dataDir ? `a copy of ${options.dataDir}` : 'a temporary data folder'})` : ''}`,
    );
    console.log('How to read this: each client sends one request, waits for the answer, and sends the next, over a');
    console.log('keep-alive connection. count = answers; /s = answers per second over the whole run; p50/p95/p99 =');
    console.log('the latency (ms) that 50/95/99 % of answers beat; errors = answers that were not { ok: true }, by');
    console.log("code: the gateway's (FUNCTION_TIMEOUT: a function ran past its timeout) or the function's own");
    console.log('(INVALID_INPUT, FORBIDDEN …), or a network error (ECONNRESET …). The load runs in this process and');
    console.log('the cloud in another, on the same machine: compare figures taken on the same machine only.');

    const { tallies, ms } = await runLoad(url, options, ticketIds);
    report(tallies, ms);
    const serverLog = cloud?.log() ?? [];
    if (serverLog.length) {
      console.log(`\nthe local cloud logged ${serverLog.length} lines during the run; the last:`);
      for (const line of serverLog.slice(-5)) console.log(`  ${line}`);
    }
  } finally {
    agent.destroy();
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

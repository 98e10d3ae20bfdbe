/**
 * Seeds a local database with the demo community and N requests of history, through the product's
 * repositories (batched inserts of a few hundred), for benchmarks and load tests:
 *
 *   npx tsx bench/seed-history.ts --tickets 100000 --data-dir <dir>
 *
 * then serve it with `DATA_DIR=<dir> PORT=<port> npx tsx local/main.ts` (or `npm start`).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_COMMUNITY, DEMO_UNITS, DEMO_USERS } from '../cloudfunctions/domain/demo-data';
import type { Database } from '../cloudfunctions/server/cloud';
import { createRepositories } from '../cloudfunctions/server/repositories';
import { createDatabase } from '../local/database';
import { readDatabaseConfig } from '../local/runtime/database-config';
import { installSeam } from '../local/seam';
import type { Ticket } from '../cloudfunctions/domain/model';
import { historyPeople, historyTickets } from './history';

/** Requests per insert: a few hundred, well under the cloud's request size limit. */
const BATCH = 400;

export interface SeedSummary {
  tickets: number;
  owners: number;
  byStatus: Record<string, number>;
  seconds: number;
}

/** Writes the demo data and `tickets` requests ending at `end` into an empty database. */
export async function seedHistory(db: Database, tickets: number, end = new Date()): Promise<SeedSummary> {
  const started = performance.now();
  const repos = createRepositories(db);
  const people = historyPeople(tickets);
  await repos.seed.write({
    communities: [DEMO_COMMUNITY],
    units: [...DEMO_UNITS, ...people.units],
    users: [...DEMO_USERS, ...people.owners],
  });
  const counters: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  let batch: Ticket[] = [];
  for (const ticket of historyTickets(tickets, end, people, counters)) {
    byStatus[ticket.status] = (byStatus[ticket.status] ?? 0) + 1;
    batch.push(ticket);
    if (batch.length === BATCH) {
      await repos.tickets.importHistory(batch);
      batch = [];
    }
  }
  await repos.tickets.importHistory(batch);
  await repos.seed.setCounters(counters);
  return { tickets, owners: people.owners.length, byStatus, seconds: (performance.now() - started) / 1000 };
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const tickets = Number(argument('tickets') ?? 10_000);
  const dataDir = argument('data-dir');
  if (!Number.isInteger(tickets) || tickets < 1 || !dataDir) {
    console.error('usage: npx tsx bench/seed-history.ts --tickets <n> --data-dir <dir>');
    process.exit(2);
  }
  const root = path.resolve(__dirname, '..');
  // the layout createLocalCloud uses: <data dir>/database
  const database = await createDatabase({
    dataDir: path.join(path.resolve(dataDir), 'database'),
    indexes: readDatabaseConfig(path.join(root, 'cloudfunctions/database.json')),
  });
  if (database.documents('tickets').length > 0 || database.documents('users').length > 0) {
    await database.close();
    console.error(`${dataDir} already holds data; seed an empty folder`);
    process.exit(1);
  }
  installSeam(async ({ action, params }) =>
    action.startsWith('database.')
      ? database.handle(action, params)
      : { code: 'LOCAL_UNSUPPORTED_ACTION', message: `seeding needs no ${action}` },
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: 'local' });
  try {
    const summary = await seedHistory(cloud.database(), tickets);
    console.log(
      `seeded ${summary.tickets} requests of ${summary.owners} owners in ${summary.seconds.toFixed(1)} s: ${JSON.stringify(summary.byStatus)}`,
    );
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

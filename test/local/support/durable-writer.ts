/**
 * A child process for the durability test: opens the database in the folder given as argv[2],
 * then adds documents through the genuine SDK one after another, printing `ack <id>` as soon as
 * each add has been acknowledged. The test kills it with SIGKILL at some ack.
 */
import { installSeam } from '../../../local/seam';
import { createDatabase } from '../../../local/database';
import type { Db } from './sdk-types';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  const database = await createDatabase({ dataDir, indexes: { writes: [] } });
  installSeam(async ({ action, params }) => database.handle(action, params));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: 'durability' } as Parameters<typeof cloud.init>[0]);
  const db = cloud.database() as unknown as Db;
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const padding = 'x'.repeat(2000); // long lines make a torn write likely
    const { _id } = await db.collection('writes').add({ data: { _id: `w${i}`, i, padding } });
    process.stdout.write(`ack ${String(_id)}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});

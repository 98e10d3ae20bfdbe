/**
 * `npm run bench`: every figure the project reports, printed (never asserted): the local database
 * engine, the cost of each cloud-function action (on a fresh database, then at 10,000 and 100,000
 * requests of history, alone and under concurrency), the effect dispatcher's throughput, the
 * routing-rule matcher over 1,000 rules, FAQ matching over 1,000 questions, the promises timer over
 * 100,000 open requests, archive search per filter at 100,000 requests, the month's figures over
 * 100,000 requests (one aggregate against paging) and the complaint summary workbook, and the size
 * of the WeChat packages.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchArchive } from './archive';
import { benchDispatch } from './dispatch';
import { benchFigures } from './figures';
import { benchLocalDatabase } from './local-database';
import { benchFaq } from './faq';
import { benchFunctions } from './functions';
import { formatKiB, measureWeappPackages } from './package-size';
import { benchRouting } from './routing';
import { benchPromises } from './promises';
import { benchScale } from './scale';
import { benchSubscriptions } from './subscriptions';

const root = path.resolve(__dirname, '..');

function buildIfMissing(marker: string, script: string) {
  if (fs.existsSync(path.join(root, marker))) return;
  const run = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm run ${script} failed`);
}

/** Every part, in the order it runs; `npm run bench -- --only archive,figures` runs some. */
const PARTS: Record<string, () => unknown> = {
  'local-database': benchLocalDatabase,
  functions: benchFunctions,
  scale: benchScale,
  dispatch: benchDispatch,
  subscriptions: benchSubscriptions,
  routing: benchRouting,
  faq: benchFaq,
  promises: benchPromises,
  archive: benchArchive,
  figures: benchFigures,
};

function chosenParts(argv: string[]): string[] {
  const at = argv.indexOf('--only');
  if (at === -1) return Object.keys(PARTS);
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !(name in PARTS));
  if (names.length === 0 || unknown.length > 0)
    throw new Error(
      `--only takes parts among ${Object.keys(PARTS).join(', ')}; not ${unknown.join(', ') || 'nothing'}`,
    );
  return names;
}

async function main() {
  const parts = chosenParts(process.argv.slice(2));
  console.log(
    `Estate Desk benchmark — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()}`,
  );
  buildIfMissing('dist/cloudfunctions/ticket/index.js', 'build:functions');
  buildIfMissing('dist/weapp/app.json', 'build:weapp');

  for (const part of parts) await PARTS[part]();

  const sizes = measureWeappPackages(path.join(root, 'dist/weapp'));
  console.log(
    `\nWeChat package: main ${formatKiB(sizes.main)} (budget 1024 KiB, WeChat's limit 2048 KiB), total ${formatKiB(sizes.total)}`,
  );
  for (const [packageRoot, size] of Object.entries(sizes.subpackages))
    console.log(`  subpackage ${packageRoot}: ${formatKiB(size)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

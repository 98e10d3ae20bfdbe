// The weapp and browser tests load built output. `npm test` builds everything first; when a test
// project runs on its own, whatever output is missing is built here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCloudFunctions } from '../../scripts/build-cloudfunctions';

const root = path.resolve(__dirname, '../..');

function buildAppIfMissing(marker: string, script: string): void {
  if (fs.existsSync(path.join(root, marker))) return;
  // jest sets NODE_ENV=test, which would make Taro build a development bundle (react-refresh)
  const run = spawnSync('npm', ['run', '--silent', script], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`npm run ${script} failed`);
}

export async function ensureBuilds(targets: { weapp?: boolean; h5?: boolean }): Promise<void> {
  await buildCloudFunctions(() => undefined);
  if (targets.weapp) buildAppIfMissing('dist/weapp/app.json', 'build:weapp');
  if (targets.h5) buildAppIfMissing('dist/h5/index.html', 'build:h5');
}

// `npm test`: type-check, lint, check formatting, build what the tests load (functions, weapp, h5), run every jest
// project, and end with one plain summary line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const jestArgs = process.argv.slice(2);
const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings=0', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level=warn', '.']],
  ['build cloud functions', 'npm', ['run', '--silent', 'build:functions']],
  ['build weapp', 'npm', ['run', '--silent', 'build:weapp']],
  ['build h5', 'npm', ['run', '--silent', 'build:h5']],
];

function finish(passed, failed) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

for (const [name, command, args] of steps) {
  if (process.env.SKIP_BUILD && name.startsWith('build')) continue;
  console.log(`\n== ${name}`);
  // a build's own output (webpack's progress bar, size warnings) is shown only when it fails
  const quiet = name.startsWith('build') && !process.stdout.isTTY;
  const started = Date.now();
  const step = spawnSync(command, args, { stdio: quiet ? 'pipe' : 'inherit', maxBuffer: 64 * 1024 * 1024 });
  if (step.status !== 0) {
    if (quiet) process.stdout.write(`${step.stdout}${step.stderr}`);
    console.error(`${name} failed`);
    finish(0, 1);
  }
  if (quiet) console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const resultFile = '.test-results/jest.json';
mkdirSync('.test-results', { recursive: true });
rmSync(resultFile, { force: true });
console.log('\n== jest');
const run = spawnSync('npx', ['jest', '--ci', '--json', `--outputFile=${resultFile}`, ...jestArgs], {
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
if (existsSync(resultFile)) {
  const report = JSON.parse(readFileSync(resultFile, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
}
if (run.status !== 0 && failed === 0) failed = 1;
finish(passed, failed);

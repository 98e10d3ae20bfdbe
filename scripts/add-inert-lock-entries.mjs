// This registry serves no builds of other platforms' optional native bindings, so `npm install`
// leaves them out of package-lock.json and `npm ci` then refuses the lockfile as out of sync.
// We record each missing binding as an inert optional entry restricted to its own os/cpu, which
// npm ci accepts and skips on this platform. Run after every `npm install`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const OS_WORDS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix'];
const CPU_WORDS = ['arm64', 'x64', 'arm', 'ia32', 'loong64', 'ppc64', 's390x', 'riscv64', 'wasm32'];

function missingPackages() {
  let output = '';
  try {
    execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'pipe' });
    return [];
  } catch (error) {
    output = String(error.stderr) + String(error.stdout);
  }
  return [...output.matchAll(/Missing: (@?[^@\s]+)@(\S*) from lock file/g)].map((m) => m[1]);
}

function platformOf(name) {
  const words = name.split('/').pop().split('-');
  const os = words.filter((w) => OS_WORDS.includes(w));
  const cpu = words.filter((w) => CPU_WORDS.includes(w));
  const entry = {};
  if (os.length) entry.os = os;
  if (cpu.length) entry.cpu = cpu;
  if (words.includes('musl')) entry.libc = ['musl'];
  else if (words.includes('gnu') || words.includes('gnueabihf')) entry.libc = ['glibc'];
  return entry;
}

function requestedVersion(lock, name) {
  for (const pkg of Object.values(lock.packages)) {
    const spec = pkg.optionalDependencies?.[name];
    if (spec) return spec.replace(/^[\^~=]/, '');
  }
  throw new Error(`no package in ${LOCK} asks for ${name}`);
}

const missing = missingPackages();
if (missing.length === 0) {
  console.log(`${LOCK}: npm ci accepts it as it is`);
  process.exit(0);
}
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
for (const name of missing) {
  lock.packages[`node_modules/${name}`] = {
    version: requestedVersion(lock, name),
    optional: true,
    ...platformOf(name),
  };
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
const stillMissing = missingPackages();
console.log(`${LOCK}: added ${missing.length} inert optional entries; still missing: ${stillMissing.length}`);
process.exit(stillMissing.length ? 1 : 0);

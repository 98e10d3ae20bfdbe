/**
 * `npm start` as a newcomer or a process manager runs it: a signal to npm stops the whole tree —
 * the server closes its gateway and its database (the data folder's lock is released) and npm
 * exits with it. And the H5 build's progress, as the start script reads it from Taro's output.
 */
import { spawn } from 'child_process';
import type { ChildProcessWithoutNullStreams } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { progressOf } from '../../../scripts/h5-build';

const ROOT = path.join(__dirname, '..', '..', '..');

/** The pids of every process below `pid`, read from /proc. */
function descendantsOf(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may contain spaces and parentheses
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift() as number;
    for (const [child, ppid] of parentOf) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** Running, and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function until(check: () => boolean, what: () => string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

describe('npm start', () => {
  let dataDir: string;
  let staticRoot: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-start-'));
    staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-start-h5-'));
    fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>物业服务台</title>');
  });
  afterEach(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(staticRoot, { recursive: true, force: true });
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops the whole process tree on %s sent to npm: the server closes, the lock is released, npm exits',
    async (signal) => {
      const npm = spawn('npm', ['start'], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          STATIC_ROOT: staticRoot,
          PORT: '0',
          npm_config_update_notifier: 'false',
        },
      });
      let output = '';
      npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      let tree: number[] = [];
      try {
        await until(
          () => /已启动: http:\/\/\S+/.test(output) || npm.exitCode !== null,
          () => `npm start did not start:\n${output}`,
        );
        const url = /已启动: (http:\/\/\S+)/.exec(output)?.[1];
        expect(url).toBeDefined();
        expect((await fetch(`${url}/`)).status).toBe(200);
        const lock = path.join(dataDir, 'database', 'db.lock');
        expect(fs.existsSync(lock)).toBe(true);
        tree = descendantsOf(npm.pid as number);
        expect(tree.length).toBeGreaterThan(0);

        npm.kill(signal);
        expect(await exitOf(npm)).toBe(0);
        await until(
          () => tree.every((pid) => !isRunning(pid)),
          () => `still running after ${signal}: ${tree.filter(isRunning).join(', ')}`,
          10_000,
        );
        expect(fs.existsSync(lock)).toBe(false);
        await expect(fetch(`${url}/`)).rejects.toThrow();
      } finally {
        for (const pid of [npm.pid as number, ...tree]) {
          if (isRunning(pid)) process.kill(pid, 'SIGKILL');
        }
      }
    },
  );
});

describe("the H5 build's progress as npm start reads it", () => {
  it('finds the phase and percentage in a line of webpack progress, escape codes and all', () => {
    const line =
      '\u001b[2K\u001b[1A\u001b[2K\u001b[G● Webpack \u001b[32m█████████████████████████\u001b[39m building (10%) 0/1 entries 1/1 dependencies';
    expect(progressOf(line)).toEqual({ phase: 'building', percent: 10 });
    expect(progressOf('● Webpack █████ sealing (92%) asset processing')).toEqual({ phase: 'sealing', percent: 92 });
  });

  it('finds none in other lines: size warnings, file lists, the summary', () => {
    for (const line of [
      'AssetsOverSizeLimitWarning: asset size limit: The following asset(s) exceed the recommended size limit (244 KiB).',
      '  js/451.af09e736.js (397 KiB)',
      'webpack 5.91.0 compiled with 2 warnings in 55398 ms',
    ]) {
      expect(progressOf(line)).toBeNull();
    }
  });
});

/**
 * The CLI (`local/main.ts`) as a real process: errors escaping a function must not end it, and a
 * non-loopback HOST is refused unless allowed explicitly.
 */
import { spawn } from 'child_process';
import type { ChildProcessWithoutNullStreams } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURES, FIXTURE_FUNCTIONS } from './support';

const MAIN = path.join(__dirname, '..', '..', '..', 'local', 'main.ts');

function startMain(env: Record<string, string>): { child: ChildProcessWithoutNullStreams; output: () => string } {
  const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), MAIN], {
    env: {
      ...process.env,
      FUNCTIONS_ROOT: FIXTURE_FUNCTIONS,
      DATABASE_CONFIG: path.join(FIXTURES, 'database.json'),
      PORT: '0',
      TIMERS: '0',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

async function urlOf(started: ReturnType<typeof startMain>): Promise<string> {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    const found = /listening on (http:\/\/\S+)/.exec(started.output());
    if (found) return found[1];
    if (started.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`local/main.ts did not start:\n${started.output()}`);
}

describe('local/main.ts', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-main-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps serving when an error escapes a function: an uncaught exception fails that call (or is logged once it ended), an unhandled rejection is logged', async () => {
    const started = startMain({ DATA_DIR: dataDir });
    try {
      const url = await urlOf(started);
      const call = (fn: string, event: object) =>
        fetch(`${url}/cloud/${fn}`, {
          method: 'POST',
          headers: { 'x-openid': 'owner-crash' },
          body: JSON.stringify(event),
        });

      const thrown = await call('crashy', {});
      expect(thrown.status).toBe(500);
      expect(await thrown.json()).toMatchObject({
        code: 'FUNCTION_EXECUTE_FAIL',
        errCode: -504002,
        errMsg: expect.stringContaining('SyntaxError'),
      });

      const rejected = await call('crashy', { mode: 'reject' });
      expect(rejected.status).toBe(200);
      expect(await rejected.json()).toEqual({ after: 'reject' });

      const late = await call('crashy', { mode: 'late' });
      expect(await late.json()).toEqual({ after: 'late' });
      await new Promise((r) => setTimeout(r, 100)); // the late throw happens meanwhile

      const next = await call('whoami', { tag: 'still here' });
      expect(next.status).toBe(200);
      expect((await next.json()).tag).toBe('still here');
      expect(started.child.exitCode).toBeNull();
      expect(started.output()).toContain('function crashy: an uncaught exception escaped it (the call fails)');
      expect(started.output()).toContain('function crashy: an unhandled rejection escaped it');
      expect(started.output()).toContain('thrown after the call returned');
    } finally {
      started.child.kill('SIGTERM');
      await exitOf(started.child);
    }
  });

  it('refuses a non-loopback HOST unless ALLOW_NON_LOOPBACK=1', async () => {
    const started = startMain({ DATA_DIR: dataDir, HOST: '0.0.0.0' });
    expect(await exitOf(started.child)).toBe(1);
    expect(started.output()).toMatch(/HOST=0\.0\.0\.0 is not loopback; set ALLOW_NON_LOOPBACK=1/);
  });

  it('refuses a LOCAL_INDEX_POLICY that is not off, warn or strict', async () => {
    const started = startMain({ DATA_DIR: dataDir, LOCAL_INDEX_POLICY: 'loud' });
    expect(await exitOf(started.child)).toBe(1);
    expect(started.output()).toMatch(/LOCAL_INDEX_POLICY must be one of off, warn, strict, not "loud"/);
  });
});

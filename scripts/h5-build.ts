// The H5 build (`taro build --type h5`) as `npm start` runs it for a newcomer: webpack's own output
// (a redrawn progress bar, size warnings) is kept out of the log; progress is shown instead — on a
// terminal one line redrawn in place, elsewhere one line per build phase. The output is shown only
// when the build fails.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface BuildProgress {
  phase: string;
  percent: number;
}

const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
const PROGRESS = /\b([a-z]+) \((\d{1,3})%\)/;

/** The phase and percentage a line of the build's output reports ("building (45%) …"), if any. */
export function progressOf(line: string): BuildProgress | null {
  const found = PROGRESS.exec(line.replace(ANSI_ESCAPE, ''));
  return found ? { phase: found[1], percent: Number(found[2]) } : null;
}

/** Prints progress: redrawn in place on a terminal, one line per new phase otherwise. */
export function progressPrinter(out: NodeJS.WriteStream): {
  show(progress: BuildProgress): void;
  end(): void;
} {
  let lastPhase = '';
  let drawn = false;
  return {
    show({ phase, percent }) {
      if (out.isTTY) {
        const filled = Math.round(percent / 5);
        out.write(`\r\x1b[K  [${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${percent}% ${phase}`);
        drawn = true;
      } else if (phase !== lastPhase) {
        out.write(`  ${percent}% ${phase}\n`);
      }
      lastPhase = phase;
    },
    end() {
      if (drawn) out.write('\r\x1b[K');
    },
  };
}

export interface H5Build {
  /** The build process (its own process group, so it can be stopped with everything it started). */
  child: ChildProcess;
  /** Resolves when the build ended: ok, and its output (escape codes and progress lines removed). */
  done: Promise<{ ok: boolean; output: string }>;
}

export function startH5Build(root: string, onProgress: (progress: BuildProgress) => void): H5Build {
  const taro = path.join(root, 'node_modules', '@tarojs', 'cli', 'bin', 'taro');
  const child = spawn(process.execPath, [taro, 'build', '--type', 'h5'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kept: string[] = [];
  const read = (chunk: Buffer) => {
    for (const line of chunk.toString().split(/[\r\n]+/)) {
      const progress = progressOf(line);
      if (progress) onProgress(progress);
      else if (line.trim()) kept.push(line.replace(ANSI_ESCAPE, ''));
    }
    if (kept.length > 400) kept.splice(0, kept.length - 200);
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  const done = new Promise<{ ok: boolean; output: string }>((resolve) => {
    child.on('error', (error) => resolve({ ok: false, output: error.message }));
    child.on('close', (code) => resolve({ ok: code === 0, output: kept.join('\n') }));
  });
  return { child, done };
}

/** Stops a build and whatever it started; resolves once the build process has exited. */
export async function stopH5Build(build: H5Build, signal: NodeJS.Signals): Promise<void> {
  const { child } = build;
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
  await build.done;
}

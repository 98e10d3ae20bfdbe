/**
 * Persistence: a snapshot file plus an append-only journal, both in the data folder.
 *
 * - Every write request becomes ONE journal line (a JSON array of ops), appended and fsync'd
 *   before the request is acknowledged; lines written in the same tick share one fsync.
 * - At open, the snapshot is loaded and the journal replayed. A torn last line (the process died
 *   mid-write, so that request was never acknowledged) is dropped and cut off; a bad line in the
 *   middle is corruption and fails loudly.
 * - Compaction writes a new snapshot (tmp file, fsync, rename, fsync folder) and then empties the
 *   journal. Ops carry whole documents, so replaying a journal over a newer snapshot is harmless.
 * - A lock file holds the owner's pid: one process per data folder.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EJSON } from './ejson';
import type { Doc } from './ejson';

export type JournalOp =
  { op: 'create'; c: string } | { op: 'put'; c: string; d: Doc } | { op: 'del'; c: string; id: unknown };

export interface SnapshotData {
  collections: Map<string, Doc[]>;
}

const SNAPSHOT = 'db.snapshot';
const JOURNAL = 'db.journal';
const LOCK = 'db.lock';

function encodeOp(op: JournalOp): unknown {
  switch (op.op) {
    case 'create':
      return op;
    case 'put':
      return { op: 'put', c: op.c, d: EJSON.serialize(op.d, { relaxed: false }) };
    case 'del':
      return { op: 'del', c: op.c, id: EJSON.serialize({ v: op.id }, { relaxed: false }) };
  }
}

function decodeOp(raw: Record<string, unknown>): JournalOp {
  switch (raw.op) {
    case 'create':
      return { op: 'create', c: String(raw.c) };
    case 'put':
      return { op: 'put', c: String(raw.c), d: EJSON.deserialize(raw.d, { relaxed: true }) as Doc };
    case 'del':
      return { op: 'del', c: String(raw.c), id: (EJSON.deserialize(raw.id, { relaxed: true }) as { v: unknown }).v };
    default:
      throw new Error(`unknown journal op ${String(raw.op)}`);
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The data folders this process has locked (shared by every module registry, e.g. jest's). */
function heldHere(): Set<string> {
  const key = Symbol.for('estate-desk.local-database.locked-dirs');
  const holder = process as unknown as Record<symbol, Set<string> | undefined>;
  return (holder[key] ??= new Set<string>());
}

export class Journal {
  private fd: number | null = null;
  private pending: { line: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  private flushing = false;
  private failed: Error | null = null;
  private bytes = 0;
  private snapshotBytes = 0;

  private constructor(
    readonly dir: string,
    private readonly compactAfterBytes: number,
  ) {}

  /** Opens the folder: takes the lock, loads the snapshot and replays the journal. */
  static open(
    dir: string,
    apply: (ops: JournalOp[]) => void,
    load: (name: string, docs: Doc[]) => void,
    compactAfterBytes = 8 * 1024 * 1024,
  ): Journal {
    const folder = path.resolve(dir);
    fs.mkdirSync(folder, { recursive: true });
    const journal = new Journal(folder, compactAfterBytes);
    journal.lock();
    try {
      journal.load(apply, load);
      journal.fd = fs.openSync(path.join(folder, JOURNAL), 'a');
    } catch (error) {
      journal.unlock(); // a folder that failed to open is not held
      throw error;
    }
    return journal;
  }

  private lock(): void {
    const file = path.join(this.dir, LOCK);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
        heldHere().add(this.dir);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const owner = Number(fs.readFileSync(file, 'utf8'));
        // Our own pid in the lock is stale unless this process really holds the folder: after a
        // kill -9, a restarted container often gives the new process the very same pid.
        const ours = owner === process.pid;
        if (ours ? heldHere().has(this.dir) : Number.isInteger(owner) && owner > 0 && pidAlive(owner)) {
          throw new Error(
            `local database: ${this.dir} is already open by process ${owner}; ` +
              'the engine supports one process per data folder',
          );
        }
        fs.rmSync(file, { force: true }); // stale lock of a dead process (e.g. after kill -9)
      }
    }
    throw new Error(`local database: cannot lock ${this.dir}`);
  }

  private load(apply: (ops: JournalOp[]) => void, load: (name: string, docs: Doc[]) => void): void {
    const snapshotFile = path.join(this.dir, SNAPSHOT);
    if (fs.existsSync(snapshotFile)) {
      const text = fs.readFileSync(snapshotFile, 'utf8');
      this.snapshotBytes = Buffer.byteLength(text);
      const parsed = JSON.parse(text) as { v: number; collections: Record<string, unknown[]> };
      for (const [name, docs] of Object.entries(parsed.collections)) {
        load(
          name,
          docs.map((d) => EJSON.deserialize(d, { relaxed: true }) as Doc),
        );
      }
    }
    const journalFile = path.join(this.dir, JOURNAL);
    if (!fs.existsSync(journalFile)) return;
    const buf = fs.readFileSync(journalFile);
    let offset = 0;
    while (offset < buf.length) {
      const nl = buf.indexOf(0x0a, offset);
      if (nl === -1) break; // a torn tail without its newline: never acknowledged
      const isLast = nl === buf.length - 1;
      let ops: JournalOp[];
      try {
        ops = (JSON.parse(buf.subarray(offset, nl).toString('utf8')) as Record<string, unknown>[]).map(decodeOp);
      } catch (e) {
        if (isLast) break; // garbage in the final line: the same torn write
        throw new Error(`local database: journal ${journalFile} is corrupt at byte ${offset}: ${(e as Error).message}`);
      }
      apply(ops);
      offset = nl + 1;
    }
    if (offset < buf.length) fs.truncateSync(journalFile, offset);
    this.bytes = offset;
  }

  /** Appends one request's ops; resolves once they are on disk. */
  append(ops: JournalOp[]): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    const line = `${JSON.stringify(ops.map(encodeOp))}\n`;
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ line, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        try {
          if (this.fd === null) throw new Error('local database is closed');
          const data = Buffer.from(batch.map((b) => b.line).join(''));
          await writeAll(this.fd, data);
          await new Promise<void>((res, rej) => fs.fdatasync(this.fd as number, (e) => (e ? rej(e) : res())));
          this.bytes += data.length;
          for (const b of batch) b.resolve();
        } catch (e) {
          this.failed = new Error(`local database: journal write failed: ${(e as Error).message}`);
          for (const b of batch) b.reject(this.failed);
          for (const b of this.pending.splice(0)) b.reject(this.failed);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** True when the journal has grown enough that a compaction pays off. */
  wantsCompaction(): boolean {
    return this.bytes > Math.max(this.compactAfterBytes, this.snapshotBytes);
  }

  get journalBytes(): number {
    return this.bytes;
  }

  /** Writes a snapshot of the given state and empties the journal. Call with no append pending. */
  compact(collections: Map<string, Iterable<Doc>>): void {
    const out: Record<string, unknown[]> = {};
    for (const [name, docs] of collections) {
      out[name] = [...docs].map((d) => EJSON.serialize(d, { relaxed: false }));
    }
    const text = JSON.stringify({ v: 1, collections: out });
    const tmp = path.join(this.dir, `${SNAPSHOT}.tmp`);
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path.join(this.dir, SNAPSHOT));
    fsyncDir(this.dir);
    if (this.fd !== null) {
      fs.ftruncateSync(this.fd, 0);
      fs.fsyncSync(this.fd);
    } else {
      fs.truncateSync(path.join(this.dir, JOURNAL), 0);
    }
    this.snapshotBytes = Buffer.byteLength(text);
    this.bytes = 0;
  }

  get isIdle(): boolean {
    return !this.flushing && this.pending.length === 0;
  }

  async close(): Promise<void> {
    while (!this.isIdle) await new Promise((r) => setImmediate(r));
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = null;
    }
    this.unlock();
  }

  private unlock(): void {
    fs.rmSync(path.join(this.dir, LOCK), { force: true });
    heldHere().delete(this.dir);
  }
}

function writeAll(fd: number, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const step = (written: number): void => {
      if (written >= data.length) return resolve();
      fs.write(fd, data, written, data.length - written, null, (err, n) => {
        if (err) return reject(err);
        step(written + n);
      });
    };
    step(0);
  });
}

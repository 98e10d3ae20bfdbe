/**
 * Persistence: a snapshot file plus an append-only journal, both in the data folder.
 *
 * - Every write request becomes ONE journal line (a JSON array of ops), appended and fsync'd
 *   before the request is acknowledged; lines written in the same tick share one fsync.
 * - At open, the snapshot is loaded and the journal replayed. A torn last line (the process died
 *   mid-write, so that request was never acknowledged) is dropped and cut off; a bad line in the
 *   middle is corruption and fails loudly.
 * - Compaction (snapshot.ts) runs beside the writes: the journal is set aside as
 *   `db.journal.after-<g>` (the writes since snapshot generation g) and a new one started; the new
 *   snapshot is written in slices to `db.snapshot.tmp`, fsync'd, the old one kept as
 *   `db.snapshot.prev`, and the new one renamed into place. `db.snapshot.prev` plus
 *   `db.journal.after-<g>` plus `db.journal` can restore the state if `db.snapshot` is damaged.
 *   Ops carry whole documents, so replaying a journal over a newer snapshot is harmless.
 * - A lock file holds the owner's pid: one process per data folder.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EJSON, isPlainObject } from './ejson';
import type { Doc } from './ejson';
import {
  SnapshotDamage,
  decodeEjsonDocument,
  encodeStored,
  readSnapshot,
  snapshotGeneration,
  writeSnapshot,
} from './snapshot';
import type { SnapshotReader } from './snapshot';
import { readLines } from './line-reader';

export type JournalOp =
  { op: 'create'; c: string } | { op: 'put'; c: string; d: Doc } | { op: 'del'; c: string; id: unknown };

const SNAPSHOT = 'db.snapshot';
const PREVIOUS = 'db.snapshot.prev';
const TEMPORARY = 'db.snapshot.tmp';
const JOURNAL = 'db.journal';
const LOCK = 'db.lock';
/** The journal of the writes made after snapshot generation `g`, set aside by a compaction. */
const journalAfter = (generation: number): string => `${JOURNAL}.after-${generation}`;
const JOURNAL_AFTER = /^db\.journal\.after-(\d+)$/;

function encodeOp(op: JournalOp): unknown {
  switch (op.op) {
    case 'create':
      return op;
    case 'put': {
      const stored = encodeStored(op.d);
      return stored.plain ? { op: 'put', c: op.c, j: stored.json } : { op: 'put', c: op.c, d: stored.ejson };
    }
    case 'del':
      return { op: 'del', c: op.c, id: EJSON.serialize({ v: op.id }, { relaxed: false }) };
  }
}

function decodeOp(raw: Record<string, unknown>): JournalOp {
  switch (raw.op) {
    case 'create':
      return { op: 'create', c: String(raw.c) };
    case 'put':
      if (raw.j !== undefined && !isPlainObject(raw.j)) throw new Error('a put op without a document');
      return { op: 'put', c: String(raw.c), d: raw.j !== undefined ? raw.j : decodeEjsonDocument(raw.d) };
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

async function fsyncDirAsync(dir: string): Promise<void> {
  try {
    const handle = await fs.promises.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
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
  /** Journal bytes since the snapshot (db.journal, and a set-aside journal a compaction left). */
  private bytes = 0;
  private snapshotBytes = 0;
  /** The generation of the snapshot the state continues (0: none yet, or the first format). */
  private generation = 0;
  private compaction: Promise<void> | null = null;
  private closing = false;
  /** The state must be written to a new snapshot at the first chance (it was restored from older files). */
  private mustCompact = false;

  private constructor(
    readonly dir: string,
    private readonly compactAfterBytes: number,
  ) {}

  /** Opens the folder: takes the lock, loads the snapshot and replays the journal. */
  static open(
    dir: string,
    apply: (ops: JournalOp[]) => void,
    load: SnapshotReader,
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

  private file(name: string): string {
    return path.join(this.dir, name);
  }

  /** Generations of the journals set aside by compactions, lowest first. */
  private journalsAfter(): number[] {
    return fs
      .readdirSync(this.dir)
      .map((name) => JOURNAL_AFTER.exec(name)?.[1])
      .filter((g): g is string => g !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  }

  private load(apply: (ops: JournalOp[]) => void, load: SnapshotReader): void {
    fs.rmSync(this.file(TEMPORARY), { force: true }); // a compaction that died half-way
    const after = this.journalsAfter();
    let replay: number[];
    if (fs.existsSync(this.file(SNAPSHOT))) {
      try {
        const { generation, bytes } = readSnapshot(this.file(SNAPSHOT), load);
        this.generation = generation;
        this.snapshotBytes = bytes;
      } catch (error) {
        if (error instanceof SnapshotDamage) throw new Error(this.damageMessage(error));
        throw error;
      }
      replay = after.filter((g) => g === this.generation);
    } else if (fs.existsSync(this.file(PREVIOUS))) {
      // the current snapshot was moved aside: restore from the previous one and its journals
      const { generation } = readSnapshot(this.file(PREVIOUS), load);
      if (!after.includes(generation)) {
        throw new Error(
          `local database: ${this.file(SNAPSHOT)} is missing and ${this.file(journalAfter(generation))} (the writes ` +
            `since ${this.file(PREVIOUS)}) too: the state cannot be restored from this folder`,
        );
      }
      replay = after.filter((g) => g >= generation);
      this.generation = Math.max(...replay);
      this.mustCompact = true;
    } else {
      if (after.some((g) => g > 0)) {
        throw new Error(
          `local database: ${this.dir} holds the journal after snapshot generation ${Math.max(...after)} ` +
            'but no snapshot: restore db.snapshot (or db.snapshot.prev) from a backup',
        );
      }
      replay = after;
      if (after.length) this.mustCompact = true;
    }
    for (const g of replay) this.bytes += this.replay(this.file(journalAfter(g)), apply, false);
    this.bytes += this.replay(this.file(JOURNAL), apply, true);
  }

  /** Says what is wrong with the snapshot, and whether the previous one and its journals can restore it. */
  private damageMessage(damage: SnapshotDamage): string {
    const previous = this.file(PREVIOUS);
    const generation = fs.existsSync(previous) ? snapshotGeneration(previous) : null;
    const journals = generation === null ? [] : this.journalsAfter().filter((g) => g >= generation);
    const restorable = generation !== null && journals[0] === generation;
    const how = restorable
      ? `The previous snapshot ${previous} and the journals written since (${[...journals.map(journalAfter), JOURNAL].join(', ')}) ` +
        `can restore it: move ${damage.file} aside (e.g. rename it to db.snapshot.damaged) and start again.`
      : 'No previous snapshot with its journals is in the folder to restore it from: restore the file from a backup. ' +
        `(Moving it aside starts with only the writes journaled since; everything in the snapshot would be missing.)`;
    return `local database: ${damage.message}. ${how}`;
  }

  /** Replays one journal file; answers the bytes kept. Only the live journal may have a torn tail. */
  private replay(journalFile: string, apply: (ops: JournalOp[]) => void, live: boolean): number {
    if (!fs.existsSync(journalFile)) return 0;
    let kept = 0;
    let torn = false;
    const { size } = readLines(journalFile, ({ text, offset, end, last }) => {
      if (torn) return;
      let ops: JournalOp[];
      try {
        ops = (JSON.parse(text) as Record<string, unknown>[]).map(decodeOp);
      } catch (e) {
        if (!last || !live) {
          throw new Error(
            `local database: journal ${journalFile} is corrupt at byte ${offset}: ${(e as Error).message}`,
          );
        }
        torn = true; // garbage in the final line: a write that was never acknowledged
        return;
      }
      apply(ops);
      kept = end;
    });
    if (kept < size) {
      // a torn tail (the process died mid-write, so that request was never acknowledged)
      if (!live) throw new Error(`local database: journal ${journalFile} is cut short at byte ${kept}`);
      fs.truncateSync(journalFile, kept);
    }
    return kept;
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
    // half the snapshot: replaying the journal at start never costs more than half a snapshot load
    return this.mustCompact || this.bytes > Math.max(this.compactAfterBytes, this.snapshotBytes / 2);
  }

  get journalBytes(): number {
    return this.bytes;
  }

  get compacting(): boolean {
    return this.compaction !== null;
  }

  /**
   * Writes a snapshot of the state `capture` gives and drops the journal it covers. Call with no
   * append pending: the journal is set aside at once (synchronously), then the snapshot is written
   * in slices while writes go on to a new journal. A small state is done before this returns.
   */
  compact(capture: () => [string, readonly Doc[]][]): Promise<void> {
    if (this.compaction) return this.compaction;
    const run = this.runCompaction(capture).finally(() => {
      this.compaction = null;
    });
    this.compaction = run;
    return run;
  }

  private async runCompaction(capture: () => [string, readonly Doc[]][]): Promise<void> {
    const setAside = this.file(journalAfter(this.generation));
    this.setJournalAside(setAside);
    const coveredBytes = this.bytes;
    const state = capture();
    const written = await writeSnapshot(this.file(TEMPORARY), this.generation + 1, state, {
      yieldToOthers: true,
      stop: () => this.closing,
    });
    if (written === null) return; // closing: the set-aside journal still holds everything
    fs.rmSync(this.file(PREVIOUS), { force: true });
    if (fs.existsSync(this.file(SNAPSHOT))) fs.linkSync(this.file(SNAPSHOT), this.file(PREVIOUS));
    fs.renameSync(this.file(TEMPORARY), this.file(SNAPSHOT));
    this.generation++;
    this.snapshotBytes = written;
    this.bytes -= coveredBytes;
    this.mustCompact = false;
    // a folder fsync right after writing a large file can wait for the disk: off the event loop
    await fsyncDirAsync(this.dir);
    // keep the journal after the previous snapshot (it restores with it); older ones are done
    for (const g of this.journalsAfter()) {
      if (g < this.generation - 1) await fs.promises.rm(this.file(journalAfter(g)), { force: true });
    }
  }

  /** Moves the journal's content to `target` (appending when a compaction left it there) and empties it. */
  private setJournalAside(target: string): void {
    const live = this.file(JOURNAL);
    if (fs.existsSync(target)) {
      fs.appendFileSync(target, fs.readFileSync(live));
      const fd = fs.openSync(target, 'r+');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      if (this.fd !== null) {
        fs.ftruncateSync(this.fd, 0);
        fs.fsyncSync(this.fd);
      } else {
        fs.truncateSync(live, 0);
      }
      return;
    }
    fs.renameSync(live, target);
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = fs.openSync(live, 'a');
    } else {
      fs.writeFileSync(live, '');
    }
    fsyncDir(this.dir);
  }

  get isIdle(): boolean {
    return !this.flushing && this.pending.length === 0;
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.compaction) await this.compaction.catch(() => undefined);
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

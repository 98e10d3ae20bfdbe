/**
 * The snapshot file, one line at a time, so that neither writing nor reading it ever holds the
 * whole state as one string (V8 strings stop at ~512 MB):
 *
 *   ["estate-desk-snapshot",2,{"generation":3}]   header
 *   ["c","tickets"]                                 a collection; its documents follow
 *   {"_id":"…",…}                                   a document that is plain JSON
 *   ["e",{"_id":…,"at":{"$date":…}}]                a document in canonical EJSON (dates, BSON types …)
 *   ["end",100000,6]                                documents and collections written
 *
 * The end line proves the file whole: a file without it was cut short. The first format (one
 * JSON object `{"v":1,"collections":{…}}`) is still read.
 */
import * as fs from 'fs';
import { EJSON, isPlainObject } from './ejson';
import type { Doc } from './ejson';
import { readLines } from './line-reader';
import type { Line } from './line-reader';

const HEADER = 'estate-desk-snapshot';
const VERSION = 2;
/** Written in pieces this small, so that encoding and writing one never holds the event loop for long. */
const WRITE_BYTES = 256 * 1024;
/** A compaction works this long at most before letting other work run. */
const SLICE_MS = 15;

/** True when JSON.stringify / JSON.parse give the value back exactly. */
function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object':
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (const v of value) if (!isPlainJson(v)) return false;
        return true;
      }
      if (!isPlainObject(value)) return false;
      for (const key in value) {
        if (key.startsWith('$') || key === '__proto__' || !isPlainJson(value[key])) return false;
      }
      return true;
    default:
      return false;
  }
}

/** A document as stored on disk: plain JSON when that is exact, else canonical EJSON. */
export function encodeStored(doc: Doc): { plain: true; json: Doc } | { plain: false; ejson: unknown } {
  return isPlainJson(doc)
    ? { plain: true, json: doc }
    : { plain: false, ejson: EJSON.serialize(doc, { relaxed: false }) };
}

export function decodeEjsonDocument(ejson: unknown): Doc {
  return EJSON.deserialize(ejson, { relaxed: true }) as Doc;
}

function documentLine(doc: Doc): string {
  return isPlainJson(doc) ? JSON.stringify(doc) : JSON.stringify(['e', EJSON.serialize(doc, { relaxed: false })]);
}

/** Why a snapshot cannot be read; `line` is 1-based. */
export class SnapshotDamage extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`the snapshot ${file} ${problem}`);
  }
}

export interface SnapshotReader {
  collection(name: string): void;
  document(collection: string, doc: Doc): void;
}

/** The generation a snapshot file says it is (0 for the first format), or null when unreadable. */
export function snapshotGeneration(file: string): number | null {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(256);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      const text = buf.subarray(0, n).toString('utf8');
      if (text.startsWith('{')) return 0;
      const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as unknown[];
      return header[0] === HEADER ? Number((header[2] as { generation?: number }).generation ?? 0) : null;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** Reads the snapshot into `into`, a few MiB at a time; answers its generation and size. */
export function readSnapshot(file: string, into: SnapshotReader): { generation: number; bytes: number } {
  let state: 'header' | 'body' | 'ended' = 'header';
  let generation = 0;
  let collection: string | null = null;
  let documents = 0;
  let collections = 0;
  let firstFormat = false;

  const line = ({ text, number }: Line): void => {
    if (state === 'header') {
      let header: unknown;
      try {
        header = JSON.parse(text);
      } catch {
        header = null;
      }
      if (!Array.isArray(header) || header[0] !== HEADER || header[1] !== VERSION) {
        throw new SnapshotDamage(file, `is not a snapshot of this engine (its first line is not the header)`);
      }
      generation = Number((header[2] as { generation?: unknown })?.generation ?? 0) || 0;
      state = 'body';
      return;
    }
    if (state === 'ended') throw new SnapshotDamage(file, `has data after its end marker, at line ${number}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new SnapshotDamage(file, `is damaged at line ${number} (not a JSON line)`);
    }
    if (isPlainObject(parsed)) {
      if (collection === null) throw new SnapshotDamage(file, `has a document outside a collection at line ${number}`);
      into.document(collection, parsed);
      documents++;
      return;
    }
    const [tag, value, more] = Array.isArray(parsed) ? parsed : [];
    if (tag === 'e' && collection !== null) {
      into.document(collection, decodeEjsonDocument(value));
      documents++;
    } else if (tag === 'c' && typeof value === 'string') {
      collection = value;
      collections++;
      into.collection(value);
    } else if (tag === 'end') {
      if (value !== documents || more !== collections) {
        throw new SnapshotDamage(
          file,
          `is damaged: its end marker counts ${String(value)} documents, the file holds ${documents}`,
        );
      }
      state = 'ended';
    } else {
      throw new SnapshotDamage(file, `is damaged at line ${number} (an unknown line)`);
    }
  };

  const { size, lines, tail } = readLines(file, line, (start) => (firstFormat = start[0] === 0x7b /* { */));
  if (firstFormat) return readFirstFormat(file, into, size);
  if (tail > 0) throw new SnapshotDamage(file, `is truncated at line ${lines + 1} (the line is cut short)`);
  if (state === 'header') throw new SnapshotDamage(file, 'is empty (not a snapshot)');
  if (state !== 'ended')
    throw new SnapshotDamage(file, `is truncated after line ${lines} (it ends without its end marker)`);
  return { generation, bytes: size };
}

/** The first format: one JSON object (read whole; it only exists in folders written before). */
function readFirstFormat(file: string, into: SnapshotReader, bytes: number): { generation: number; bytes: number } {
  let parsed: { collections?: Record<string, unknown[]> };
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof parsed;
  } catch (e) {
    throw new SnapshotDamage(
      file,
      `is damaged (a snapshot of the first format that does not parse: ${(e as Error).message})`,
    );
  }
  if (!isPlainObject(parsed.collections)) throw new SnapshotDamage(file, 'is not a snapshot (no collections)');
  for (const [name, docs] of Object.entries(parsed.collections)) {
    into.collection(name);
    for (const d of docs) into.document(name, decodeEjsonDocument(d));
  }
  return { generation: 0, bytes };
}

export interface WriteOptions {
  /** Give other work a turn every few milliseconds (a compaction while serving). */
  yieldToOthers: boolean;
  /** Checked between slices: stop (and answer null) when it says so. */
  stop?: () => boolean;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Writes a whole snapshot to `file` (a temporary path: the caller renames it), fsync'd; answers
 * its size, or null when stopped. Small states are written at once, without yielding.
 */
export async function writeSnapshot(
  file: string,
  generation: number,
  collections: [string, readonly Doc[]][],
  options: WriteOptions,
): Promise<number | null> {
  const fd = fs.openSync(file, 'w');
  let yielded = false;
  let stopped = false;
  let bytes = 0;
  try {
    let parts: string[] = [];
    let pending = 0;
    let sliceStart = Date.now();
    const flush = (): void => {
      if (pending === 0) return;
      const buf = Buffer.from(parts.join(''), 'utf8');
      let written = 0;
      while (written < buf.length) written += fs.writeSync(fd, buf, written, buf.length - written);
      bytes += buf.length;
      parts = [];
      pending = 0;
    };
    const push = (text: string): void => {
      parts.push(text, '\n');
      pending += text.length + 1;
      if (pending >= WRITE_BYTES) flush();
    };
    push(JSON.stringify([HEADER, VERSION, { generation }]));
    let count = 0;
    for (const [name, docs] of collections) {
      push(JSON.stringify(['c', name]));
      for (let i = 0; i < docs.length; i++) {
        push(documentLine(docs[i]));
        count++;
        if (options.yieldToOthers && (i & 31) === 31 && Date.now() - sliceStart > SLICE_MS) {
          await turn();
          yielded = true;
          if (options.stop?.()) {
            stopped = true;
            return null;
          }
          sliceStart = Date.now();
        }
      }
    }
    push(JSON.stringify(['end', count, collections.length]));
    flush();
    if (yielded) await new Promise<void>((res, rej) => fs.fsync(fd, (e) => (e ? rej(e) : res())));
    else fs.fsyncSync(fd);
    return bytes;
  } finally {
    fs.closeSync(fd);
    if (stopped) fs.rmSync(file, { force: true });
  }
}

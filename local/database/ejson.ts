/**
 * The wire format: the SDK sends and expects MongoDB Extended JSON (canonical), produced by the
 * `bson` copy that `@cloudbase/database` itself uses — so the engine resolves that same copy.
 */
import * as path from 'path';
import { toJsRegExp } from './regexp';

export type Doc = Record<string, unknown>;

interface EJSONApi {
  parse(text: string, options?: { relaxed?: boolean }): unknown;
  stringify(value: unknown, options?: { relaxed?: boolean }): string;
  serialize(value: unknown, options?: { relaxed?: boolean }): unknown;
  deserialize(value: unknown, options?: { relaxed?: boolean }): unknown;
}

function loadEJSON(): EJSONApi {
  const wx = path.dirname(require.resolve('wx-server-sdk/package.json'));
  const nodeSdk = path.dirname(require.resolve('@cloudbase/node-sdk/package.json', { paths: [wx] }));
  const database = path.dirname(require.resolve('@cloudbase/database/package.json', { paths: [nodeSdk] }));
  // the SDK's own copy of bson, found at run time, so that EJSON is encoded exactly as it does
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bson = require(require.resolve('bson', { paths: [database] })) as { EJSON: EJSONApi };
  return bson.EJSON;
}

export const EJSON: EJSONApi = loadEJSON();

interface BsonRegExpLike {
  _bsontype: 'BSONRegExp';
  pattern: string;
  options: string;
}

const isBsonRegExp = (v: unknown): v is BsonRegExpLike =>
  typeof v === 'object' && v !== null && (v as { _bsontype?: string })._bsontype === 'BSONRegExp';

const isPlainObject = (v: unknown): v is Doc =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Converts what EJSON gives into values the engine (mingo) understands: BSON regular expressions
 * become JS RegExp (see regexp.ts for the options), and the SDK's
 * `{ $tcb_server_date: { offset } }` becomes the server's clock plus offset.
 */
export function toEngineValue(value: unknown, now: number): unknown {
  if (isBsonRegExp(value)) return toJsRegExp(value.pattern, value.options);
  if (Array.isArray(value)) return value.map((v) => toEngineValue(v, now));
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$tcb_server_date') {
      const spec = value.$tcb_server_date as { offset?: unknown } | null;
      const offset = typeof spec?.offset === 'number' ? spec.offset : 0;
      return new Date(now + offset);
    }
    const out: Doc = {};
    for (const k of keys) out[k] = toEngineValue(value[k], now);
    return out;
  }
  return value;
}

/** Parses one EJSON string from the SDK into an engine value. */
export function decode(text: unknown, now: number): unknown {
  if (typeof text !== 'string') return toEngineValue(text, now);
  return toEngineValue(EJSON.parse(text, { relaxed: true }), now);
}

/** Encodes a stored document as the SDK expects it back (canonical EJSON string). */
export function encode(value: unknown): string {
  return EJSON.stringify(value, { relaxed: false });
}

/** A deep copy that keeps Dates and RegExps and shares other class instances (ObjectId …). */
export function clone<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as unknown as T;
  if (Array.isArray(value)) return value.map((v) => clone(v)) as unknown as T;
  if (isPlainObject(value)) {
    const out: Doc = {};
    for (const k of Object.keys(value)) out[k] = clone(value[k]);
    return out as T;
  }
  return value;
}

/** A stable text key for any value (used for `_id` maps and unique index keys). */
export function keyOf(value: unknown): string {
  if (typeof value === 'string') return `s:${value}`;
  return `e:${EJSON.stringify(value === undefined ? null : value, { relaxed: false })}`;
}

export { isPlainObject };

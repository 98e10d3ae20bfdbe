// Small typed helpers over wx-server-sdk's database, whose own typings answer `Promise | void`.
import type { Database } from '../cloud';

export const COLLECTIONS = {
  tickets: 'tickets',
  ticketEffects: 'ticket_effects',
  users: 'users',
  units: 'units',
  communities: 'communities',
  counters: 'counters',
} as const;

export type Collection = ReturnType<Database['collection']>;
export type Query = ReturnType<Collection['where']>;
export type StoredDoc = Record<string, unknown> & { _id: string };

export async function find(query: Query | Collection): Promise<StoredDoc[]> {
  const result = (await query.get()) as { data: StoredDoc[] };
  return result.data;
}

export async function countOf(query: Query): Promise<number> {
  const result = (await query.count()) as { total: number };
  return result.total;
}

/** A plain JSON document: undefined fields dropped, `id` stored as `_id`. */
export function toStored<T extends { id: string }>(value: T): StoredDoc {
  const { id, ...rest } = JSON.parse(JSON.stringify(value)) as T;
  return { _id: id, ...rest };
}

export function fromStored<T extends { id: string }>(doc: StoredDoc): T {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest } as unknown as T;
}

/** A unique index refused the write (the cloud answers -502001 with MongoDB's E11000 text). */
export function isDuplicateKey(error: unknown): boolean {
  const e = error as { errMsg?: unknown; message?: unknown } | null;
  const text = `${e?.errMsg ?? ''} ${e?.message ?? ''}`;
  return /E11000|duplicate key/i.test(text);
}

/** The part of a transaction we use (wx-server-sdk types it as `any`). */
export interface Transaction {
  collection(name: string): {
    add(options: { data: Record<string, unknown> }): Promise<unknown>;
    doc(id: string): {
      get(): Promise<{ data?: unknown }>;
      set(options: { data: Record<string, unknown> }): Promise<unknown>;
    };
  };
}

export async function runTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return (await db.runTransaction(work)) as T;
}

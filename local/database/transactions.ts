/**
 * Transactions (startTransaction / runTransaction): each one works on a private overlay of the
 * documents it touched, so nothing it does is visible before commit and a rollback simply drops
 * the overlay. Commit checks that no document it wrote was changed by someone else since the
 * transaction first saw it (else DATABASE_TRANSACTION_CONFLICT, which runTransaction retries),
 * then applies all its writes at once — one journal line, so all or nothing on disk too.
 * Like the cloud, only document operations take part: add, doc().get/set/update/remove.
 */
import { randomBytes } from 'crypto';
import type { Change, Store } from './store';
import type { Doc } from './ejson';
import { DatabaseError, ErrorCodes } from './errors';

interface Entry {
  doc: Doc | null;
  /** The stored document when first read: any later write stores another object. */
  base: Doc | null;
  existedAtStart: boolean;
  written: boolean;
}

/** An idle transaction is dropped after this long (the cloud also limits a transaction's life). */
export const TRANSACTION_IDLE_MS = 60_000;

export class Transaction {
  readonly id = randomBytes(16).toString('hex');
  private readonly entries = new Map<string, Map<string, Entry>>();
  lastUsed = Date.now();

  constructor(private readonly store: Store) {}

  private entry(collection: string, key: string): Entry {
    let coll = this.entries.get(collection);
    if (!coll) {
      coll = new Map();
      this.entries.set(collection, coll);
    }
    let entry = coll.get(key);
    if (!entry) {
      const base = this.store.get(collection).docs.get(key) ?? null;
      entry = {
        doc: base,
        base,
        existedAtStart: base !== null,
        written: false,
      };
      coll.set(key, entry);
    }
    return entry;
  }

  /** The document as this transaction sees it (its own writes, else what it first read). */
  read(collection: string, key: string): Doc | null {
    this.store.get(collection); // a missing collection fails like outside a transaction
    return this.entry(collection, key).doc;
  }

  write(collection: string, key: string, doc: Doc | null): void {
    const entry = this.entry(collection, key);
    entry.doc = doc;
    entry.written = true;
  }

  /** The changes to apply at commit; throws a conflict when a written document moved meanwhile. */
  changes(): Change[] {
    const out: Change[] = [];
    for (const [collection, coll] of this.entries) {
      for (const [key, entry] of coll) {
        if (!entry.written) continue;
        const current = this.store.current(collection, key);
        if (current !== entry.base) {
          throw new DatabaseError(
            ErrorCodes.TRANSACTION_CONFLICT,
            `[TransactionConflict] document ${key.slice(2)} in ${collection} was changed by another write`,
          );
        }
        if (current === null && entry.doc === null) continue;
        out.push({ collection, key, before: current, after: entry.doc });
      }
    }
    return out;
  }
}

export class Transactions {
  private readonly open = new Map<string, Transaction>();

  constructor(private readonly store: Store) {}

  start(): Transaction {
    const now = Date.now();
    for (const [id, t] of this.open) if (now - t.lastUsed > TRANSACTION_IDLE_MS) this.open.delete(id);
    const t = new Transaction(this.store);
    this.open.set(t.id, t);
    return t;
  }

  get(id: unknown): Transaction {
    const t = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!t || Date.now() - t.lastUsed > TRANSACTION_IDLE_MS) {
      if (t) this.open.delete(t.id);
      throw new DatabaseError(
        ErrorCodes.REQUEST_FAILED,
        `[TransactionNotFound] transaction ${String(id)} does not exist or has expired`,
      );
    }
    t.lastUsed = Date.now();
    return t;
  }

  end(id: string): void {
    this.open.delete(id);
  }
}

/**
 * The in-memory state: collections of documents keyed by `_id`, kept in insertion order, with
 * the indexes the project declares: every declared index is an ordered index (ordered-index.ts)
 * that queries use, and a unique one also keeps a map of its keys to refuse duplicates. Every
 * change goes through `apply`, which keeps the indexes in step and undoes a half-applied batch
 * when a unique key collides. Stored documents are never mutated: a write stores a new object.
 */
import { duplicateKey, collectionNotExist } from './errors';
import { keyOf, encode } from './ejson';
import type { Doc } from './ejson';
import { OrderedIndex } from './ordered-index';

export interface IndexSpec {
  name: string;
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

export type IndexDeclarations = Record<string, IndexSpec[]>;

/** One document's change: `before` null = insert, `after` null = delete. */
export interface Change {
  collection: string;
  key: string;
  before: Doc | null;
  after: Doc | null;
}

interface UniqueIndex {
  spec: IndexSpec;
  fields: string[];
  entries: Map<string, string>; // index key → document key
}

function valueAt(doc: Doc, dotted: string): unknown {
  let cur: unknown = doc;
  for (const part of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur === undefined ? null : cur;
}

/** A unique key: injective over the values (strings length-prefixed, anything else as EJSON). */
function uniqueKey(values: unknown[]): string {
  let out = '';
  for (const v of values) out += typeof v === 'string' ? `s${v.length}:${v}` : `|${keyOf(v)}|`;
  return out;
}

export class Collection {
  readonly docs = new Map<string, Doc>();
  readonly indexes: OrderedIndex[];
  readonly unique: UniqueIndex[];

  constructor(
    readonly name: string,
    specs: IndexSpec[],
  ) {
    this.indexes = specs.map((spec) => new OrderedIndex(spec));
    this.unique = specs
      .filter((s) => s.unique)
      .map((spec) => ({ spec, fields: Object.keys(spec.keys), entries: new Map<string, string>() }));
  }

  /** The index, built first if a load left it unbuilt. */
  ready(index: OrderedIndex): OrderedIndex {
    if (!index.built) index.rebuild(this.docs);
    return index;
  }

  indexKey(index: UniqueIndex, doc: Doc): string {
    return uniqueKey(index.fields.map((f) => valueAt(doc, f)));
  }
}

export class Store {
  readonly collections = new Map<string, Collection>();
  /** While loading from disk the ordered indexes are left alone, then built once (see endLoad). */
  private loading = false;

  constructor(private readonly indexes: IndexDeclarations) {}

  has(name: string): boolean {
    return this.collections.has(name);
  }

  get(name: string): Collection {
    const coll = this.collections.get(name);
    if (!coll) throw collectionNotExist(name);
    return coll;
  }

  create(name: string): Collection {
    let coll = this.collections.get(name);
    if (!coll) {
      coll = new Collection(name, this.indexes[name] ?? []);
      this.collections.set(name, coll);
    }
    return coll;
  }

  /** The stored document (its identity changes with every write: transactions detect conflicts by it). */
  current(collection: string, key: string): Doc | null {
    return this.collections.get(collection)?.docs.get(key) ?? null;
  }

  /**
   * Applies the changes in order, all or nothing: a duplicate `_id` or unique key undoes the
   * changes already applied and throws the cloud's duplicate key error.
   */
  apply(changes: Change[]): void {
    const done: Change[] = [];
    try {
      for (const change of changes) {
        this.applyOne(change);
        done.push(change);
      }
    } catch (e) {
      for (const change of done.reverse()) {
        this.applyOne({ ...change, before: change.after, after: change.before }, false);
      }
      throw e;
    }
  }

  private applyOne(change: Change, check = true): void {
    const coll = this.get(change.collection);
    const current = coll.docs.get(change.key) ?? null;
    if (check && change.before === null && current !== null) {
      throw duplicateKey(coll.name, '_id_', `{ _id: ${encode(change.after?._id)} }`);
    }
    const claimed: [UniqueIndex, string][] = [];
    if (change.after) {
      for (const index of coll.unique) {
        const k = coll.indexKey(index, change.after);
        const owner = index.entries.get(k);
        if (check && owner !== undefined && owner !== change.key) {
          const shown = index.fields.map((f) => `${f}: ${encode(valueAt(change.after as Doc, f))}`).join(', ');
          throw duplicateKey(coll.name, index.spec.name, `{ ${shown} }`);
        }
        claimed.push([index, k]);
      }
    }
    if (current) {
      for (const index of coll.unique) {
        const k = coll.indexKey(index, current);
        if (index.entries.get(k) === change.key) index.entries.delete(k);
      }
    }
    for (const [index, k] of claimed) index.entries.set(k, change.key);
    if (current && !this.loading) for (const index of coll.indexes) index.remove(change.key, current);
    if (change.after) {
      coll.docs.set(change.key, change.after);
      if (!this.loading) for (const index of coll.indexes) index.add(change.key, change.after);
    } else {
      coll.docs.delete(change.key);
    }
  }

  beginLoad(): void {
    this.loading = true;
  }

  /**
   * Ends a load. The ordered indexes are built afterwards, one at a time: in the background (see
   * `unbuiltIndex`), or at once by the first query that needs one (Collection.ready).
   */
  endLoad(): void {
    this.loading = false;
    for (const coll of this.collections.values()) for (const index of coll.indexes) index.built = false;
  }

  /** The first index still to build, or null. */
  unbuiltIndex(): [Collection, OrderedIndex] | null {
    for (const coll of this.collections.values()) {
      for (const index of coll.indexes) if (!index.built) return [coll, index];
    }
    return null;
  }

  /** Loads documents as they were on disk (no checks beyond keeping the indexes). */
  load(collection: string, doc: Doc | null, key: string): void {
    this.create(collection);
    this.applyOne({ collection, key, before: null, after: doc }, false);
  }
}

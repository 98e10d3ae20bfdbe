/**
 * The local cloud database: answers every `database.*` action the genuine wx-server-sdk sends
 * (through `local/seam`) with the cloud HTTP API's answer shapes, on a MongoDB-semantics engine
 * (mingo) over an fsync'd journal. See docs/local-database.md.
 *
 * Answers (success): `{ requestId, data: … }`, as the cloud:
 *   insertDocument      → data: { insertedIds: [id…] }
 *   getDocument         → data: { list: [EJSON string…] }
 *   calculateDocument   → data: { total }
 *   modifyDocument      → data: { updated, upsert_id? }
 *   modifyAndReturnDoc  → data: { updated, doc: EJSON string | null }
 *   removeDocument      → data: { deleted }
 *   aggregateDocuments  → data: { list: [EJSON string…] }
 *   addCollection       → {}
 *   startTransaction    → { transactionId };  commitTransaction / abortTransaction → {}
 * Errors: `{ code, message, requestId }` with the cloud's code names (see errors.ts).
 */
import { randomBytes } from 'crypto';
import { Journal } from './journal';
import type { JournalOp } from './journal';
import { Store } from './store';
import type { Change, IndexDeclarations, IndexSpec } from './store';
import { decode, encode, keyOf, isPlainObject } from './ejson';
import type { Doc } from './ejson';
import { DatabaseError, ErrorCodes, invalidParam, toErrorAnswer } from './errors';
import { countPlanned, find, findPlanned, idOnly, matcher, matchingPlanned } from './query';
import { applyModifier, replaceWith, sameDocument, upsertDocument } from './update';
import { parseStages, runPipeline, sortSpecOf } from './aggregate';
import { planQuery } from './planner';
import type { OrderSpec } from './planner';
import { INDEX_POLICIES, IndexPolicyCheck, describe } from './index-policy';
import type { IndexPolicy, QueryOperation, UnindexedQuery } from './index-policy';
import { Transactions } from './transactions';
import type { Transaction } from './transactions';

export type { IndexSpec, IndexDeclarations } from './store';
export type { IndexPolicy, UnindexedQuery } from './index-policy';
export { INDEX_POLICIES, describe as describeUnindexedQuery } from './index-policy';
export type { Doc } from './ejson';
export { ErrorCodes } from './errors';

export interface CreateDatabaseOptions {
  /** The folder holding the data (snapshot, journal, lock). Created when missing. */
  dataDir: string;
  /** Indexes per collection; every collection named here is created at start. */
  indexes?: IndexDeclarations;
  /** The clock for serverDate() (tests may pin it). */
  now?: () => number;
  /** Compact once the journal outgrows both this many bytes and half the snapshot (default 8 MiB). */
  compactAfterBytes?: number;
  /**
   * A query no declared index serves (see docs/local-database.md, "Indexes"): 'off' (default)
   * lets it scan, 'warn' reports it once per query shape to `onUnindexedQuery`, 'strict' fails it.
   */
  indexPolicy?: IndexPolicy;
  /** Where 'warn' reports go (default: console.warn). */
  onUnindexedQuery?: (report: UnindexedQuery) => void;
}

export type DatabaseParams = Record<string, any>;

export interface QueryExplanation {
  via: 'index' | 'ids' | 'scan';
  /** The index used (via 'index'). */
  index?: string;
  /** How many leading index keys the filter bounds. */
  boundKeys: number;
  /** The results come in the order asked for without sorting them in memory. */
  orderServed: boolean;
  /** Ranges of an `$in` merged to keep the order. */
  merged: boolean;
  /** Candidates are not tested again (the index bounds say all the filter says). */
  exact: boolean;
}

/** A success body (`requestId` plus action-specific fields) or the cloud's error body. */
export type DatabaseAnswer =
  { requestId: string; [field: string]: unknown } | { code: string; message: string; requestId: string };

export interface LocalDatabase {
  handle(action: string, params: DatabaseParams): Promise<DatabaseAnswer>;
  /** The stored documents of a collection, read-only (for tools and benchmarks). */
  documents(collection: string): readonly Doc[];
  /** Names of the existing collections. */
  collections(): string[];
  /** How a find would be answered (for tools and tests): through an index, the `_id` map or a scan. */
  explain(collection: string, filter: Doc, order?: Record<string, 1 | -1>): QueryExplanation;
  /** Resolves once the indexes a load left to build in the background are built (for tools and benchmarks). */
  indexesReady(): Promise<void>;
  /** Resolves once the indexes are built and no compaction is running: the steady state (for benchmarks). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const newRequestId = (): string => randomBytes(8).toString('hex');

/** A cloud-like document id: 8 hex digits of time, then 24 random. */
export function newDocumentId(now = Date.now()): string {
  return (
    Math.floor(now / 1000)
      .toString(16)
      .padStart(8, '0') + randomBytes(12).toString('hex')
  );
}

export function validateIndexes(indexes: IndexDeclarations): void {
  for (const [collection, specs] of Object.entries(indexes)) {
    if (!Array.isArray(specs)) throw new Error(`local database: indexes of ${collection} must be an array`);
    for (const spec of specs as IndexSpec[]) {
      if (!spec || typeof spec.name !== 'string' || !isPlainObject(spec.keys) || Object.keys(spec.keys).length === 0) {
        throw new Error(`local database: bad index declaration on ${collection}: ${JSON.stringify(spec)}`);
      }
    }
  }
}

class Engine implements LocalDatabase {
  private closed = false;
  private readonly transactions: Transactions;
  private indexesBuilt: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly journal: Journal,
    private readonly now: () => number,
    private readonly indexPolicy: IndexPolicyCheck,
  ) {
    this.transactions = new Transactions(store);
  }

  documents(collection: string): readonly Doc[] {
    return [...this.store.get(collection).docs.values()];
  }

  collections(): string[] {
    return [...this.store.collections.keys()];
  }

  explain(collection: string, filter: Doc, order: Record<string, 1 | -1> = {}): QueryExplanation {
    const spec: OrderSpec = Object.entries(order).map(([f, d]) => [f, d === -1 ? -1 : 1]);
    const plan = planQuery(this.store.get(collection), filter, spec);
    return {
      via: plan.kind,
      ...(plan.kind === 'index' ? { index: plan.index.spec.name } : {}),
      boundKeys: plan.kind === 'index' ? plan.boundKeys : 0,
      orderServed: plan.orderServed,
      merged: plan.kind === 'index' && plan.merge,
      exact: plan.exact,
    };
  }

  async handle(action: string, params: DatabaseParams): Promise<DatabaseAnswer> {
    const requestId = newRequestId();
    try {
      if (this.closed) throw new DatabaseError(ErrorCodes.SYS_ERR, 'the local database is closed');
      const body = await this.dispatch(action, params ?? {});
      return { requestId, ...body };
    } catch (e) {
      return toErrorAnswer(e, requestId);
    }
  }

  private async dispatch(action: string, p: DatabaseParams): Promise<Record<string, unknown>> {
    switch (action) {
      case 'database.addCollection':
        return this.addCollection(p);
      case 'database.insertDocument':
        return this.insert(p);
      case 'database.getDocument':
        return this.get(p);
      case 'database.calculateDocument': {
        const name = this.collectionName(p);
        const coll = this.store.get(name);
        const filter = this.filter(p);
        const plan = this.plan('count', name, filter);
        return { data: { total: countPlanned(coll, filter, plan) } };
      }
      case 'database.modifyDocument':
        return this.modify(p);
      case 'database.modifyAndReturnDoc':
        return this.modifyAndReturn(p);
      case 'database.removeDocument':
        return this.remove(p);
      case 'database.aggregateDocuments':
        return this.aggregate(p);
      case 'database.startTransaction':
        return { transactionId: this.transactions.start().id };
      case 'database.commitTransaction':
        return this.commit(p);
      case 'database.abortTransaction':
        this.transactions.get(p.transactionId);
        this.transactions.end(p.transactionId);
        return {};
      default:
        throw new DatabaseError(
          ErrorCodes.INVALID_PARAM,
          `[InvalidAction] ${action} is not a database action of the local cloud`,
        );
    }
  }

  // ---- parameters -------------------------------------------------------------------------

  private collectionName(p: DatabaseParams): string {
    if (typeof p.collectionName !== 'string' || p.collectionName === '')
      throw invalidParam('collectionName is required');
    return p.collectionName;
  }

  private filter(p: DatabaseParams): Doc {
    if (p.query === undefined || p.query === null || p.query === '') return {};
    const q = decode(p.query, this.now());
    if (!isPlainObject(q)) throw invalidParam('query must be an object');
    return q;
  }

  private object(value: unknown, what: string): Doc | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const v = decode(value, this.now());
    if (!isPlainObject(v)) throw invalidParam(`${what} must be an object`);
    return v;
  }

  private transaction(p: DatabaseParams): Transaction | null {
    return p.transactionId ? this.transactions.get(p.transactionId) : null;
  }

  /** Inside a transaction only single-document operations are allowed, as in the cloud. */
  private txKey(filter: Doc): string {
    const key = idOnly(filter);
    if (key === null) {
      throw invalidParam('a transaction supports document operations only (add, doc().get/set/update/remove)');
    }
    return key;
  }

  /** Plans a query and applies the index policy to it. */
  private plan(operation: QueryOperation, collection: string, filter: Doc, order: OrderSpec = []) {
    const plan = planQuery(this.store.get(collection), filter, order);
    this.indexPolicy.check(operation, collection, filter, plan, order);
    return plan;
  }

  /** The documents a write with a filter changes, found through the plan. */
  private targets(operation: QueryOperation, collection: string, filter: Doc, multi: boolean): Doc[] {
    const plan = this.plan(operation, collection, filter);
    return matchingPlanned(this.store.get(collection), filter, plan, 0, multi ? Infinity : 1);
  }

  private aggregate(p: DatabaseParams): Record<string, unknown> {
    const name = this.collectionName(p);
    const coll = this.store.get(name);
    const stages = parseStages(p.stages, this.now());
    const first = stages[0];
    let input: Doc[];
    let rest = stages.slice(1);
    if (first && isPlainObject(first.$match)) {
      const filter = first.$match as Doc;
      const sort = sortSpecOf(stages[1]);
      // the index policy judges the $match alone: a $sort after it sorts what it selected
      const plan = this.plan('aggregate', name, filter);
      const sorted = sort ? planQuery(coll, filter, sort) : null;
      if (sort && sorted && sorted.orderServed && sorted.kind === 'index') {
        rest = stages.slice(2);
        let skip = 0;
        let limit = Infinity;
        if (typeof rest[0]?.$skip === 'number') skip = (rest.shift() as Doc).$skip as number;
        if (typeof rest[0]?.$limit === 'number') limit = (rest.shift() as Doc).$limit as number;
        input = matchingPlanned(coll, filter, sorted, skip, limit);
      } else {
        input = matchingPlanned(coll, filter, plan);
      }
    } else {
      input = [...coll.docs.values()];
      rest = stages;
    }
    return { data: { list: runPipeline(this.store, input, rest).map(encode) } };
  }

  // ---- writes ------------------------------------------------------------------------------

  private async commitChanges(changes: Change[], extra: JournalOp[] = []): Promise<void> {
    if (changes.length === 0 && extra.length === 0) return;
    this.store.apply(changes);
    const ops: JournalOp[] = [...extra];
    for (const c of changes) {
      ops.push(
        c.after ? { op: 'put', c: c.collection, d: c.after } : { op: 'del', c: c.collection, id: c.before?._id },
      );
    }
    try {
      await this.journal.append(ops);
    } catch (e) {
      throw new DatabaseError(ErrorCodes.SYS_ERR, (e as Error).message);
    }
    this.maybeCompact();
  }

  private maybeCompact(): void {
    if (!this.closed && this.journal.isIdle && !this.journal.compacting && this.journal.wantsCompaction()) {
      // A failed compaction loses nothing (the journal still holds every write); the next write retries it.
      this.journal
        .compact(() => this.capture())
        .then(
          () => this.maybeCompact(), // the writes made meanwhile may already call for the next one
          () => undefined,
        );
    }
  }

  /** The state as it is now: the document lists are copied, the documents shared (they are never mutated). */
  private capture(): [string, readonly Doc[]][] {
    return [...this.store.collections].map(([name, coll]) => [name, [...coll.docs.values()]]);
  }

  private async addCollection(p: DatabaseParams): Promise<Record<string, unknown>> {
    const name = this.collectionName(p);
    if (this.store.has(name)) {
      throw new DatabaseError(ErrorCodes.COLLECTION_ALREADY_EXIST, `[ResourceInUse] Table exist: ${name}`);
    }
    this.store.create(name);
    await this.commitChanges([], [{ op: 'create', c: name }]);
    return {};
  }

  private async insert(p: DatabaseParams): Promise<Record<string, unknown>> {
    const name = this.collectionName(p);
    this.store.get(name); // fails with -502005 on a missing collection: add never creates one
    const raw: unknown[] = Array.isArray(p.data) ? p.data : [p.data];
    if (raw.length === 0) throw invalidParam('data must not be empty');
    const now = this.now();
    const docs = raw.map((r) => {
      const d = decode(r, now);
      if (!isPlainObject(d)) throw invalidParam('each document must be an object');
      const { _id, ...rest } = d;
      return { _id: _id === undefined || _id === null ? newDocumentId(now) : _id, ...rest } as Doc;
    });
    const tx = this.transaction(p);
    if (tx) {
      for (const doc of docs) {
        const key = keyOf(doc._id);
        if (tx.read(name, key) !== null) {
          throw new DatabaseError(
            ErrorCodes.REQUEST_FAILED,
            `[FailedOperation] E11000 duplicate key error collection: ${name} index: _id_ dup key: { _id: ${encode(doc._id)} }`,
          );
        }
        tx.write(name, key, doc);
      }
    } else {
      await this.commitChanges(
        docs.map((doc) => ({ collection: name, key: keyOf(doc._id), before: null, after: doc })),
      );
    }
    return { data: { insertedIds: docs.map((d) => d._id) } };
  }

  private get(p: DatabaseParams): Record<string, unknown> {
    const name = this.collectionName(p);
    const filter = this.filter(p);
    const projection = this.object(p.projection, 'projection');
    const tx = this.transaction(p);
    let list: Doc[];
    if (tx) {
      const doc = tx.read(name, this.txKey(filter));
      list = doc ? find([doc], {}, { projection }) : [];
    } else {
      const coll = this.store.get(name);
      const order = this.object(p.order, 'order') as Record<string, 1 | -1> | undefined;
      const offset = typeof p.offset === 'number' ? p.offset : 0;
      const spec: OrderSpec = Object.entries(order ?? {}).map(([f, d]) => [f, d === -1 ? -1 : 1]);
      const plan = this.plan('find', name, filter, spec);
      list = findPlanned(coll, filter, plan, { order, offset, limit: p.limit, projection });
    }
    return { data: { list: list.map(encode) } };
  }

  private updateFor(p: DatabaseParams): (doc: Doc, filter: Doc) => Doc {
    const data = this.object(p.data, 'data');
    if (!data) throw invalidParam('data is required');
    const merge = p.merge !== false;
    const hasOps = Object.keys(data).some((k) => k.startsWith('$'));
    if (merge) {
      const modifier = hasOps ? data : { $set: data };
      return (doc, filter) => applyModifier(doc, modifier, filter);
    }
    return (doc) => replaceWith(doc, data);
  }

  private async modify(p: DatabaseParams): Promise<Record<string, unknown>> {
    const name = this.collectionName(p);
    this.store.get(name); // a missing collection fails first
    const filter = this.filter(p);
    const next = this.updateFor(p);
    const upsert = p.upsert === true;
    const tx = this.transaction(p);
    if (tx) {
      const key = this.txKey(filter);
      const current = tx.read(name, key);
      if (current) {
        const after = next(current, filter);
        const changed = !sameDocument(current, after);
        if (changed) tx.write(name, key, after);
        return { data: { updated: changed ? 1 : 0 } };
      }
      if (!upsert) return { data: { updated: 0 } };
      const doc = upsertDocument(filter._id, filter, this.object(p.data, 'data') as Doc, p.merge !== false);
      tx.write(name, key, doc);
      return { data: { updated: 0, upsert_id: doc._id } };
    }
    const chosen = this.targets('update', name, filter, p.multi !== false);
    const changes: Change[] = [];
    for (const doc of chosen) {
      const after = next(doc, filter);
      if (!sameDocument(doc, after)) changes.push({ collection: name, key: keyOf(doc._id), before: doc, after });
    }
    if (chosen.length === 0 && upsert) {
      const id = idOnly(filter) !== null ? filter._id : newDocumentId(this.now());
      const doc = upsertDocument(id, filter, this.object(p.data, 'data') as Doc, p.merge !== false);
      await this.commitChanges([{ collection: name, key: keyOf(doc._id), before: null, after: doc }]);
      return { data: { updated: 0, upsert_id: doc._id } };
    }
    await this.commitChanges(changes);
    return { data: { updated: changes.length } };
  }

  private async modifyAndReturn(p: DatabaseParams): Promise<Record<string, unknown>> {
    const name = this.collectionName(p);
    const filter = this.filter(p);
    const next = this.updateFor(p);
    const [doc] = this.targets('update', name, filter, false);
    if (!doc) return { data: { updated: 0, doc: null } };
    const after = next(doc, filter);
    const changed = !sameDocument(doc, after);
    if (changed) await this.commitChanges([{ collection: name, key: keyOf(doc._id), before: doc, after }]);
    return { data: { updated: changed ? 1 : 0, doc: encode(after) } };
  }

  private async remove(p: DatabaseParams): Promise<Record<string, unknown>> {
    const name = this.collectionName(p);
    this.store.get(name); // a missing collection fails first
    const filter = this.filter(p);
    const tx = this.transaction(p);
    if (tx) {
      const key = this.txKey(filter);
      if (tx.read(name, key) === null) return { data: { deleted: 0 } };
      tx.write(name, key, null);
      return { data: { deleted: 1 } };
    }
    const targets = this.targets('remove', name, filter, p.multi !== false);
    await this.commitChanges(
      targets.map((doc) => ({ collection: name, key: keyOf(doc._id), before: doc, after: null })),
    );
    return { data: { deleted: targets.length } };
  }

  private async commit(p: DatabaseParams): Promise<Record<string, unknown>> {
    const tx = this.transactions.get(p.transactionId);
    this.transactions.end(tx.id);
    await this.commitChanges(tx.changes());
    return {};
  }

  async open(indexes: IndexDeclarations): Promise<void> {
    const missing = Object.keys(indexes).filter((name) => !this.store.has(name));
    for (const name of missing) this.store.create(name);
    if (missing.length)
      await this.commitChanges(
        [],
        missing.map((c) => ({ op: 'create', c }) as JournalOp),
      );
    this.maybeCompact();
  }

  /** Builds the indexes the load left unbuilt, one per turn of the event loop, so requests get in between. */
  buildIndexesInBackground(): void {
    this.indexesBuilt = new Promise((resolve) => {
      const next = (): void => {
        const unbuilt = this.closed ? null : this.store.unbuiltIndex();
        if (!unbuilt) return resolve();
        unbuilt[0].ready(unbuilt[1]);
        setImmediate(next);
      };
      setImmediate(next);
    });
  }

  indexesReady(): Promise<void> {
    return this.indexesBuilt;
  }

  async settled(): Promise<void> {
    await this.indexesBuilt;
    while (this.journal.compacting) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.journal.close();
  }
}

/** Opens (or creates) the database in `dataDir`: loads the snapshot and replays the journal. */
export async function createDatabase(options: CreateDatabaseOptions): Promise<LocalDatabase> {
  const indexes = options.indexes ?? {};
  validateIndexes(indexes);
  const policy = options.indexPolicy ?? 'off';
  if (!INDEX_POLICIES.includes(policy)) {
    throw new Error(`local database: indexPolicy must be one of ${INDEX_POLICIES.join(', ')}, not ${String(policy)}`);
  }
  const onUnindexed =
    options.onUnindexedQuery ?? ((report: UnindexedQuery) => console.warn(`[local database] ${describe(report)}`));
  const store = new Store(indexes);
  store.beginLoad();
  const journal = Journal.open(
    options.dataDir,
    (ops) => {
      for (const op of ops) {
        if (op.op === 'create') store.create(op.c);
        else if (op.op === 'put') store.load(op.c, op.d, keyOf(op.d._id));
        else store.load(op.c, null, keyOf(op.id));
      }
    },
    {
      collection: (name) => store.create(name),
      document: (name, doc) => store.load(name, doc, keyOf(doc._id)),
    },
    options.compactAfterBytes,
  );
  store.endLoad();
  const engine = new Engine(store, journal, options.now ?? Date.now, new IndexPolicyCheck(policy, onUnindexed));
  try {
    await engine.open(indexes);
    engine.buildIndexesInBackground();
  } catch (e) {
    await engine.close();
    throw e;
  }
  return engine;
}

export { matcher };

/**
 * The slice of wx-server-sdk's database API the tests use, promise-typed. (The SDK's own
 * typings describe callback overloads returning `void | Promise`, which tests cannot await
 * cleanly.) The objects are the genuine SDK's; only the static types are narrowed here.
 */
export type Data = Record<string, unknown>;

/** db.command: every operator is callable and chainable (`_.gt(1).and(_.lt(4))`, `_.aggregate.sum`). */
export interface Command {
  [operator: string]: ((...args: unknown[]) => Command) & Command;
}

export interface Query {
  where(condition: Data | Command): Query;
  orderBy(field: string, order: 'asc' | 'desc'): Query;
  skip(n: number): Query;
  limit(n: number): Query;
  field(projection: Data): Query;
  get(): Promise<{ data: Data[]; errMsg: string }>;
  count(): Promise<{ total: number; errMsg: string }>;
  update(options: { data: Data; multi?: boolean }): Promise<{ stats: { updated: number }; errMsg: string }>;
  remove(options?: { multi?: boolean }): Promise<{ stats: { removed: number }; errMsg: string }>;
}

export interface DocumentRef {
  field(projection: Data): DocumentRef;
  get(): Promise<{ data: Data; errMsg: string }>;
  set(options: { data: Data }): Promise<{ _id: string; stats: { updated: number; created: number }; errMsg: string }>;
  update(options: { data: Data }): Promise<{ stats: { updated: number }; errMsg: string }>;
  remove(options?: Data): Promise<{ stats: { removed: number }; errMsg: string }>;
}

export interface Aggregate {
  match(v: Data): Aggregate;
  group(v: Data): Aggregate;
  project(v: Data): Aggregate;
  sort(v: Data): Aggregate;
  skip(n: number): Aggregate;
  limit(n: number): Aggregate;
  lookup(v: Data): Aggregate;
  unwind(v: string | Data): Aggregate;
  count(field: string): Aggregate;
  addFields(v: Data): Aggregate;
  geoNear(v: Data): Aggregate;
  end(): Promise<{ list: Data[]; errMsg: string }>;
}

export interface Collection extends Query {
  doc(id: string): DocumentRef;
  add(options: { data: Data | Data[] }): Promise<{ _id: string; errMsg: string }>;
  aggregate(): Aggregate;
}

export interface Transaction {
  collection(name: string): Collection;
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

export interface Db {
  collection(name: string): Collection;
  createCollection(name: string): Promise<{ errMsg: string }>;
  command: Command;
  serverDate(options?: { offset: number }): unknown;
  RegExp(options: { regexp: string; options?: string }): unknown;
  Geo: { Point(longitude: number, latitude: number): unknown };
  runTransaction<T>(callback: (tx: Transaction) => Promise<T>, times?: number): Promise<T>;
  startTransaction(): Promise<Transaction>;
}

// People and places over cloud.database(): users keyed by OPENID, units and communities by id.
import type { Community, Unit, User } from '../../domain/model';
import type { Database } from '../cloud';
import { COLLECTIONS, countOf, find, fromStored, isDuplicateKey } from './db';
import type { CounterRepository, DemoData, PlaceRepository, SeedRepository, UserRepository } from './types';
import { conflict } from '../../domain/errors';

const MAX_UNITS_PER_USER = 100;

export class CloudUserRepository implements UserRepository {
  constructor(private readonly db: Database) {}

  async get(openid: string): Promise<User | null> {
    const [doc] = await find(this.db.collection(COLLECTIONS.users).where({ _id: openid }).limit(1));
    if (!doc) return null;
    const { _id, ...rest } = doc;
    return {
      ...(rest as Omit<User, 'openid'>),
      openid: _id,
      unitIds: Array.isArray(rest.unitIds) ? (rest.unitIds as string[]) : [],
    };
  }
}

export class CloudPlaceRepository implements PlaceRepository {
  constructor(private readonly db: Database) {}

  async community(id: string): Promise<Community | null> {
    const [doc] = await find(this.db.collection(COLLECTIONS.communities).where({ _id: id }).limit(1));
    return doc ? fromStored<Community>(doc) : null;
  }

  async units(ids: string[]): Promise<Unit[]> {
    if (ids.length === 0) return [];
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.units)
        .where({ _id: _.in(ids.slice(0, MAX_UNITS_PER_USER)) })
        .limit(MAX_UNITS_PER_USER),
    );
    return docs.map((doc) => fromStored<Unit>(doc));
  }
}

/** Compare-and-set on a counter document: a number is handed out once, even under concurrent calls. */
export class CloudCounterRepository implements CounterRepository {
  constructor(private readonly db: Database) {}

  async next(key: string): Promise<number> {
    const counters = this.db.collection(COLLECTIONS.counters);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const [doc] = await find(counters.where({ _id: key }).limit(1));
      if (!doc) {
        try {
          await counters.add({ data: { _id: key, seq: 1 } });
          return 1;
        } catch (error) {
          if (isDuplicateKey(error)) continue;
          throw error;
        }
      }
      const seq = Number(doc.seq);
      const result = (await counters.where({ _id: key, seq }).update({ data: { seq: seq + 1 } })) as {
        stats: { updated: number };
      };
      if (result.stats.updated === 1) return seq + 1;
    }
    throw conflict('系统繁忙，请稍后重试');
  }
}

export class CloudSeedRepository implements SeedRepository {
  constructor(private readonly db: Database) {}

  async isEmpty(): Promise<boolean> {
    const [users, communities] = await Promise.all([
      countOf(this.db.collection(COLLECTIONS.users).where({})),
      countOf(this.db.collection(COLLECTIONS.communities).where({})),
    ]);
    return users === 0 && communities === 0;
  }

  /** `set` by id, so running it twice writes the same documents once. */
  async write(data: DemoData): Promise<void> {
    const put = (collection: string, id: string, doc: Record<string, unknown>) =>
      this.db
        .collection(collection)
        .doc(id)
        .set({ data: JSON.parse(JSON.stringify(doc)) });
    await Promise.all([
      ...data.communities.map(({ id, ...c }) => put(COLLECTIONS.communities, id, c)),
      ...data.units.map(({ id, ...u }) => put(COLLECTIONS.units, id, u)),
      ...data.users.map(({ openid, ...u }) => put(COLLECTIONS.users, openid, u)),
    ]);
  }
}

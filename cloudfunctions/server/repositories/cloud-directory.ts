// People, places and daily counters over cloud.database(): users keyed by OPENID, units and
// communities by id, counters by sequence name.
import type { UnitSummary, User } from '../../domain/model';
import { conflict } from '../../domain/errors';
import { unitLabel } from '../../domain/places';
import { membershipId } from '../../domain/household';
import type { Database } from '../cloud';
import { ROUTING_RULES_ID } from './cloud-routing-rules';
import { COLLECTIONS, find, isDuplicateKey, updateAndReturn } from './db';
import type { StoredDoc } from './db';
import type { CounterRepository, DemoData, SeedRepository, UserRepository } from './types';

const isUnitSummary = (value: unknown): value is UnitSummary => {
  const unit = value as Partial<UnitSummary> | null;
  return typeof unit?.id === 'string' && typeof unit.communityId === 'string' && typeof unit.label === 'string';
};

/** A stored person: keyed by OPENID, with only well-formed units. */
export function userOf(doc: StoredDoc): User {
  const { _id, ...rest } = doc;
  return {
    ...(rest as Omit<User, 'openid'>),
    openid: _id,
    units: Array.isArray(rest.units) ? rest.units.filter(isUnitSummary) : [],
  };
}

export class CloudUserRepository implements UserRepository {
  constructor(private readonly db: Database) {}

  async get(openid: string): Promise<User | null> {
    const [doc] = await find(this.db.collection(COLLECTIONS.users).where({ _id: openid }).limit(1));
    return doc ? userOf(doc) : null;
  }
}

/** A daily sequence in one request: increment and read back together; a new day's counter is added once. */
export class CloudCounterRepository implements CounterRepository {
  constructor(private readonly db: Database) {}

  async next(key: string): Promise<number> {
    const counters = this.db.collection(COLLECTIONS.counters);
    const _ = this.db.command;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const counter = await updateAndReturn(counters.where({ _id: key }), { seq: _.inc(1) });
      if (counter) return Number(counter.seq);
      try {
        await counters.add({ data: { _id: key, seq: 1 } });
        return 1;
      } catch (error) {
        // another call started the day first: take the next number of its counter
        if (!isDuplicateKey(error)) throw error;
      }
    }
    throw conflict('系统繁忙，请稍后重试');
  }
}

export class CloudSeedRepository implements SeedRepository {
  constructor(private readonly db: Database) {}

  async isEmpty(): Promise<boolean> {
    // an empty filter reads the first document it meets: no index is needed for that
    const anyOf = (collection: string) => find(this.db.collection(collection).where({}).limit(1).field({ _id: true }));
    const [users, communities] = await Promise.all([anyOf(COLLECTIONS.users), anyOf(COLLECTIONS.communities)]);
    return users.length === 0 && communities.length === 0;
  }

  /** `set` by id, so running it twice writes the same documents once. */
  async write(data: DemoData): Promise<void> {
    await Promise.all([
      ...data.communities.map(({ id, ...c }) => this.put(COLLECTIONS.communities, id, c)),
      ...data.units.map(({ id, ...u }) => this.put(COLLECTIONS.units, id, { ...u, label: unitLabel(u) })),
      ...data.users.map(({ openid, ...u }) => this.put(COLLECTIONS.users, openid, u)),
      ...(data.register ?? []).map(({ id, ...e }) => this.put(COLLECTIONS.register, id, e)),
      ...(data.routingRules
        ? [this.put(COLLECTIONS.routingRules, ROUTING_RULES_ID, { rules: data.routingRules, version: 1 })]
        : []),
      // who lives in each unit, as binding would have recorded it (households, a sold house)
      ...data.users.flatMap((user) =>
        user.units.map((unit) =>
          this.put(COLLECTIONS.memberships, membershipId(unit.id, user.openid), {
            unitId: unit.id,
            communityId: unit.communityId,
            openid: user.openid,
            name: user.name,
            relation: unit.relation ?? 'owner',
            since: '2026-01-01T00:00:00.000+08:00',
          }),
        ),
      ),
    ]);
  }

  async setCounters(values: Record<string, number>): Promise<void> {
    await Promise.all(Object.entries(values).map(([key, seq]) => this.put(COLLECTIONS.counters, key, { seq })));
  }

  private put(collection: string, id: string, doc: object) {
    return this.db
      .collection(collection)
      .doc(id)
      .set({ data: JSON.parse(JSON.stringify(doc)) as Record<string, unknown> });
  }
}

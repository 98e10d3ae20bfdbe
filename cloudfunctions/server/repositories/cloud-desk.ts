// What the service desk reads to find who called: accounts bound to a unit, and the register lines
// and accounts with a phone number. Each read is served by an index of database.json.
import type { User } from '../../domain/model';
import { unitLabel } from '../../domain/places';
import type { RegisterEntry } from '../../domain/register';
import type { Database } from '../cloud';
import { userOf } from './cloud-directory';
import { COLLECTIONS, find, fromStored } from './db';
import type { DeskRepository } from './types';

/** More people than this on one unit or phone is a data error, not a household. */
const MAX_PEOPLE = 50;

export class CloudDeskRepository implements DeskRepository {
  constructor(private readonly db: Database) {}

  async accountsOfUnits(unitIds: string[]): Promise<User[]> {
    if (unitIds.length === 0) return [];
    const _ = this.db.command;
    const members = await find(
      this.db
        .collection(COLLECTIONS.memberships)
        .where({ unitId: _.in(unitIds) })
        .limit(MAX_PEOPLE)
        .field({ openid: true }),
    );
    const openids = [...new Set(members.map((m) => String(m.openid)))];
    return this.users(openids);
  }

  async byPhone(phone: string): Promise<{ register: RegisterEntry[]; accounts: User[] }> {
    const [register, accounts] = await Promise.all([
      find(this.db.collection(COLLECTIONS.register).where({ phone }).limit(MAX_PEOPLE)),
      find(this.db.collection(COLLECTIONS.users).where({ phone }).limit(MAX_PEOPLE)),
    ]);
    return { register: register.map((doc) => fromStored<RegisterEntry>(doc)), accounts: accounts.map(userOf) };
  }

  async labels(unitIds: string[]): Promise<Map<string, string>> {
    if (unitIds.length === 0) return new Map();
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.units)
        .where({ _id: _.in(unitIds) })
        .limit(MAX_PEOPLE),
    );
    return new Map(
      docs.map((doc) => [
        doc._id,
        typeof doc.label === 'string'
          ? doc.label
          : unitLabel({ building: String(doc.building), entrance: String(doc.entrance), room: String(doc.room) }),
      ]),
    );
  }

  private async users(openids: string[]): Promise<User[]> {
    if (openids.length === 0) return [];
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.users)
        .where({ _id: _.in(openids) })
        .limit(MAX_PEOPLE),
    );
    return docs.map(userOf);
  }
}

// The owner register over cloud.database(): one document per person and unit.
import type { RegisterEntry } from '../../domain/register';
import type { Database } from '../cloud';
import { COLLECTIONS, find, fromStored } from './db';
import type { RegisterRepository } from './types';

/** More people than this in one unit is a data error, not a household. */
const MAX_PER_UNIT = 50;

export class CloudRegisterRepository implements RegisterRepository {
  constructor(private readonly db: Database) {}

  async forUnit(unitId: string): Promise<RegisterEntry[]> {
    const docs = await find(this.db.collection(COLLECTIONS.register).where({ unitId }).limit(MAX_PER_UNIT));
    return docs.map((doc) => fromStored<RegisterEntry>(doc));
  }
}

// The owner register of a whole community: read for an import's plan, and written by it in
// batches. Per unit the write is idempotent (remove the unit's entries, add the file's), so an
// import cut short by the time limit is completed by running the same file again.
import type { RegisterEntry } from '../../domain/register';
import type { Database } from '../cloud';
import { READ_PAGE, WRITE_BATCH } from './cloud-places';
import { COLLECTIONS, addMany, find, fromStored, toStored } from './db';
import type { RegisterImportRepository } from './types';

/** Units whose entries one remove request clears. */
const UNITS_PER_REMOVE = 500;

export class CloudRegisterImportRepository implements RegisterImportRepository {
  constructor(private readonly db: Database) {}

  private get register() {
    return this.db.collection(COLLECTIONS.register);
  }

  async forCommunity(communityId: string): Promise<RegisterEntry[]> {
    const entries: RegisterEntry[] = [];
    for (let skip = 0; ; skip += READ_PAGE) {
      const docs = await find(
        this.register.where({ communityId }).orderBy('unitId', 'asc').orderBy('_id', 'asc').skip(skip).limit(READ_PAGE),
      );
      entries.push(...docs.map((d) => fromStored<RegisterEntry>(d)));
      if (docs.length < READ_PAGE) return entries;
    }
  }

  async replaceUnits(unitIds: string[], entries: RegisterEntry[]): Promise<void> {
    const _ = this.db.command;
    for (let i = 0; i < unitIds.length; i += UNITS_PER_REMOVE)
      await this.register.where({ unitId: _.in(unitIds.slice(i, i + UNITS_PER_REMOVE)) }).remove();
    for (let i = 0; i < entries.length; i += WRITE_BATCH)
      await addMany(this.register, entries.slice(i, i + WRITE_BATCH).map(toStored));
  }
}

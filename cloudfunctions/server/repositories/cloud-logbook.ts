// The registers over cloud.database(): incidents and found items, one document each, written under
// their version; lists newest first per community (and state).
import type { Page } from '../../domain/api';
import { conflict } from '../../domain/errors';
import type { Incident, LinkedRequest, LostItem, LostItemState } from '../../domain/logbook';
import type { Database } from '../cloud';
import { COLLECTIONS, find, fromStored, toStored, updated } from './db';
import { newestFirst } from './keyset';
import type { LogbookRepository, PageRequest } from './types';

export class CloudLogbookRepository implements LogbookRepository {
  constructor(private readonly db: Database) {}

  async requestsByNumber(numbers: string[]): Promise<Array<LinkedRequest & { communityId: string }>> {
    if (numbers.length === 0) return [];
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.tickets)
        .where({ number: _.in(numbers) })
        .limit(numbers.length)
        .field({ _id: true, number: true, communityId: true }),
    );
    return docs.map((d) => ({ id: d._id, number: String(d.number), communityId: String(d.communityId) }));
  }

  async addIncident(incident: Incident): Promise<void> {
    await this.db.collection(COLLECTIONS.incidents).add({ data: toStored(incident) });
  }

  incident(id: string): Promise<Incident | null> {
    return this.one<Incident>(COLLECTIONS.incidents, id);
  }

  saveIncident(before: Incident, after: Incident): Promise<void> {
    return this.save(COLLECTIONS.incidents, before, after);
  }

  async listIncidents(
    communityId: string,
    state: Incident['state'] | 'all',
    page: PageRequest,
  ): Promise<Page<Incident>> {
    const filter = state === 'all' ? { communityId } : { communityId, state };
    const found = await newestFirst(this.db, COLLECTIONS.incidents, filter, 'createdAt', page);
    return { ...found, items: found.items.map((doc) => fromStored<Incident>(doc)) };
  }

  async addLostItem(item: LostItem): Promise<void> {
    await this.db.collection(COLLECTIONS.lostItems).add({ data: toStored(item) });
  }

  lostItem(id: string): Promise<LostItem | null> {
    return this.one<LostItem>(COLLECTIONS.lostItems, id);
  }

  saveLostItem(before: LostItem, after: LostItem): Promise<void> {
    return this.save(COLLECTIONS.lostItems, before, after);
  }

  async listLostItems(communityId: string, state: LostItemState | 'all', page: PageRequest): Promise<Page<LostItem>> {
    const filter = state === 'all' ? { communityId } : { communityId, state };
    const found = await newestFirst(this.db, COLLECTIONS.lostItems, filter, 'createdAt', page);
    return { ...found, items: found.items.map((doc) => fromStored<LostItem>(doc)) };
  }

  private async one<T extends { id: string }>(collection: string, id: string): Promise<T | null> {
    const [doc] = await find(this.db.collection(collection).where({ _id: id }).limit(1));
    return doc ? fromStored<T>(doc) : null;
  }

  /** The whole record, if the stored version is still `before.version`; else CONFLICT. */
  private async save<T extends { id: string; version: number }>(
    collection: string,
    before: T,
    after: T,
  ): Promise<void> {
    const _ = this.db.command;
    const { _id: _ignored, ...fields } = toStored(after);
    const data = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, _.set(value)]));
    for (const key of Object.keys(toStored(before))) if (key !== '_id' && !(key in fields)) data[key] = _.remove();
    const query = this.db.collection(collection).where({ _id: before.id, version: before.version });
    if ((await updated(query, data)) !== 1) throw conflict('该记录刚被他人更新，请刷新后重试');
  }
}

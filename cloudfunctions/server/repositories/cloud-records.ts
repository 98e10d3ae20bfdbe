// Keeping and forgetting over cloud.database(): the access log (append-only), the retention
// settings (one document), the purge log, legal holds on requests, and the batches a purge removes.
import type { Page } from '../../domain/api';
import type { AccessKind, AccessLogEntry } from '../../domain/access-log';
import type { HeldRequestView, PurgeLogEntry, RetentionSettings, RetentionYears } from '../../domain/retention';
import type { Database } from '../cloud';
import { COLLECTIONS, find, fromStored, toStored, updated } from './db';
import type { StoredDoc } from './db';
import { newestFirst } from './keyset';
import type { AccessLogRepository, ExpiredBatch, PageRequest, PurgeRepository, RetentionRepository } from './types';

const SETTINGS_ID = 'company';

export class CloudAccessLogRepository implements AccessLogRepository {
  constructor(private readonly db: Database) {}

  async append(entry: AccessLogEntry): Promise<void> {
    await this.db.collection(COLLECTIONS.accessLog).add({ data: toStored(entry) });
  }

  async list(kind: AccessKind | undefined, page: PageRequest): Promise<Page<AccessLogEntry>> {
    const found = await newestFirst(this.db, COLLECTIONS.accessLog, kind ? { kind } : {}, 'at', page);
    return { ...found, items: found.items.map((doc) => fromStored<AccessLogEntry>(doc)) };
  }
}

interface StoredSettings {
  years: Partial<RetentionYears>;
  version: number;
  updatedAt?: string;
  updatedBy?: { openid: string; name: string };
}

export class CloudRetentionRepository implements RetentionRepository {
  constructor(private readonly db: Database) {}

  private get settingsCollection() {
    return this.db.collection(COLLECTIONS.retentionSettings);
  }

  async settings(): Promise<StoredSettings | null> {
    const [doc] = await find(this.settingsCollection.where({ _id: SETTINGS_ID }).limit(1));
    if (!doc) return null;
    const { _id: _ignored, ...stored } = doc;
    return stored as unknown as StoredSettings;
  }

  async saveSettings(expectedVersion: number, next: RetentionSettings): Promise<boolean> {
    const data = JSON.parse(JSON.stringify(next)) as Record<string, unknown>;
    if (expectedVersion === 0) {
      try {
        await this.settingsCollection.add({ data: { _id: SETTINGS_ID, ...data } });
        return true;
      } catch {
        // someone saved the first version meanwhile (duplicate _id)
        return false;
      }
    }
    const _ = this.db.command;
    const fields = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, _.set(value)]));
    return (await updated(this.settingsCollection.where({ _id: SETTINGS_ID, version: expectedVersion }), fields)) === 1;
  }

  async addPurge(entry: PurgeLogEntry): Promise<void> {
    await this.db.collection(COLLECTIONS.purgeLog).add({ data: toStored(entry) });
  }

  async listPurges(page: PageRequest): Promise<Page<PurgeLogEntry>> {
    const found = await newestFirst(this.db, COLLECTIONS.purgeLog, {}, 'at', page);
    return { ...found, items: found.items.map((doc) => fromStored<PurgeLogEntry>(doc)) };
  }

  async listHolds(page: PageRequest): Promise<Page<HeldRequestView>> {
    const _ = this.db.command;
    const found = await newestFirst(this.db, COLLECTIONS.tickets, { 'legalHold.at': _.gt('') }, 'legalHold.at', page);
    return {
      ...found,
      items: found.items.map((doc) => ({
        ticketId: doc._id,
        number: String(doc.number),
        status: String(doc.status),
        hold: doc.legalHold as HeldRequestView['hold'],
      })),
    };
  }
}

/** Every photo a stored request carries: its own, its resolution's, and those on its timeline. */
function photosOfTicket(doc: StoredDoc): string[] {
  const resolution = doc.resolution as { photos?: string[] } | undefined;
  const timeline = (doc.timeline as Array<{ photos?: string[] }> | undefined) ?? [];
  return [
    ...new Set([
      ...((doc.photos as string[] | undefined) ?? []),
      ...(resolution?.photos ?? []),
      ...timeline.flatMap((entry) => entry.photos ?? []),
    ]),
  ];
}

export class CloudPurgeRepository implements PurgeRepository {
  constructor(private readonly db: Database) {}

  /** Finished requests that ended before `cutoff` and are not held, oldest first (index `done_company`). */
  async expiredRequests(cutoff: string, limit: number): Promise<ExpiredBatch> {
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.tickets)
        .where({ queue: 'done', updatedAt: _.lt(cutoff), legalHold: _.exists(false) })
        .orderBy('updatedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .field({ _id: true, photos: true, resolution: true, timeline: true }),
    );
    return { ids: docs.map((d) => d._id), files: docs.flatMap(photosOfTicket) };
  }

  async heldExpiredRequests(cutoff: string): Promise<number> {
    const _ = this.db.command;
    const answer = (await this.db
      .collection(COLLECTIONS.tickets)
      .where({ queue: 'done', updatedAt: _.lt(cutoff), legalHold: _.exists(true) })
      .count()) as { total: number };
    return answer.total;
  }

  /** Records of `collection` whose `field` is before `cutoff`, oldest first (with the photos of found items). */
  async expired(collection: string, field: string, cutoff: string, limit: number): Promise<ExpiredBatch> {
    const _ = this.db.command;
    const withPhotos = collection === COLLECTIONS.lostItems;
    const docs = await find(
      this.db
        .collection(collection)
        .where({ [field]: _.lt(cutoff) })
        .orderBy(field, 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .field(withPhotos ? { _id: true, photos: true } : { _id: true }),
    );
    return {
      ids: docs.map((d) => d._id),
      files: withPhotos ? docs.flatMap((d) => (d.photos as string[] | undefined) ?? []) : [],
    };
  }

  /** Removes these records; a request held meanwhile stays. */
  async remove(collection: string, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const _ = this.db.command;
    const unheld = collection === COLLECTIONS.tickets ? { legalHold: _.exists(false) } : {};
    const answer = (await this.db
      .collection(collection)
      .where({ _id: _.in(ids), ...unheld })
      .remove()) as { stats: { removed: number } };
    return answer.stats.removed;
  }
}

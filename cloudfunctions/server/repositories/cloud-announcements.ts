// Announcements, their reads, the owner groups they were opened from, and the images awaiting
// WeChat's late verdict, over cloud.database().
import type { Page } from '../../domain/api';
import type { Announcement, AnnouncementRead } from '../../domain/announcements';
import { countKey } from '../../domain/announcements';
import { conflict, invalidInput } from '../../domain/errors';
import type { OutageDelivery } from '../../domain/outage-delivery';
import type { OwnerGroup } from '../../domain/owner-groups';
import { groupAdminsOf } from '../../domain/owner-groups';
import type { Database } from '../cloud';
import { decodeCursor, encodeCursor } from './cursor';
import { COLLECTIONS, find, fromStored, isDuplicateKey, toStored, updated } from './db';
import type { AnnouncementRepository, PageRequest } from './types';

/** Counted by reads with `inc`, never written by a save (a save would overwrite a read in between). */
const COUNTERS = ['readCount', 'readsByBuilding', 'readsByGroup'];
const FEED_CURSOR = /^[01](\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00)$/;
const MAX_GROUPS = 100;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function encodeFeedCursor(rank: string, id: string): string {
  return Buffer.from(JSON.stringify(['feedRank', rank, id]), 'utf8').toString('base64url');
}

function decodeFeedCursor(cursor: string): { rank: string; id: string } {
  try {
    const [field, rank, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (field === 'feedRank' && typeof rank === 'string' && FEED_CURSOR.test(rank) && typeof id === 'string')
      if (/^[\w-]{1,64}$/.test(id)) return { rank, id };
  } catch {
    // answered below
  }
  throw invalidInput('分页参数无效，请刷新后重试', 'cursor');
}

export class CloudAnnouncementRepository implements AnnouncementRepository {
  constructor(private readonly db: Database) {}

  private get announcements() {
    return this.db.collection(COLLECTIONS.announcements);
  }

  async get(id: string): Promise<Announcement | null> {
    const docs = await find(this.announcements.where({ _id: id }).limit(1));
    return docs[0] ? fromStored<Announcement>(docs[0]) : null;
  }

  async insert(announcement: Announcement): Promise<void> {
    await this.announcements.add({ data: toStored(announcement) });
  }

  async save(before: Announcement, after: Announcement): Promise<void> {
    const _ = this.db.command;
    const old = toStored(before);
    const next = toStored(after);
    const data: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(next))
      if (field !== '_id' && !COUNTERS.includes(field) && !same(old[field], value)) data[field] = _.set(value);
    for (const field of Object.keys(old)) if (!(field in next) && !COUNTERS.includes(field)) data[field] = _.remove();
    if ((await updated(this.announcements.where({ _id: after.id, version: before.version }), data)) !== 1)
      throw conflict('该公告刚被他人更新，请刷新后重试');
  }

  /** Published ones of these communities, pinned first then newest; the audience is checked on what the index yields. */
  async feed(communityIds: string[], buildings: string[], page: PageRequest): Promise<Page<Announcement>> {
    const _ = this.db.command;
    const conditions: unknown[] = [
      { communityId: _.in(communityIds), status: 'published' },
      _.or([{ 'audience.all': true }, { 'audience.buildings': _.in(buildings) }]),
    ];
    if (page.cursor) {
      const after = decodeFeedCursor(page.cursor);
      conditions.push(_.or([{ feedRank: _.lt(after.rank) }, { feedRank: after.rank, _id: _.lt(after.id) }]));
    }
    const docs = await find(
      this.announcements
        .where(_.and(conditions as never[]))
        .orderBy('feedRank', 'desc')
        .orderBy('_id', 'desc')
        .limit(page.limit + 1),
    );
    const items = docs.slice(0, page.limit).map((doc) => fromStored<Announcement>(doc));
    const last = items[items.length - 1];
    return {
      items,
      ...(docs.length > page.limit && last?.feedRank ? { nextCursor: encodeFeedCursor(last.feedRank, last.id) } : {}),
    };
  }

  /** A community's announcements in every status, latest change first (the writers' list). */
  async listForCommunity(communityId: string, page: PageRequest): Promise<Page<Announcement>> {
    const _ = this.db.command;
    const mine = { communityId };
    const where = page.cursor
      ? (() => {
          const after = decodeCursor('updatedAt', page.cursor);
          return _.and(mine, _.or({ updatedAt: _.lt(after.value) }, { updatedAt: after.value, _id: _.lt(after.id) }));
        })()
      : mine;
    const docs = await find(
      this.announcements
        .where(where)
        .orderBy('updatedAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(page.limit + 1),
    );
    const items = docs.slice(0, page.limit).map((doc) => fromStored<Announcement>(doc));
    const last = items[items.length - 1];
    return {
      items,
      ...(docs.length > page.limit && last
        ? { nextCursor: encodeCursor('updatedAt', { value: last.updatedAt, id: last.id }) }
        : {}),
    };
  }

  async scheduledDue(nowIso: string, limit: number): Promise<Announcement[]> {
    const _ = this.db.command;
    const docs = await find(
      this.announcements
        .where({ publishDueAt: _.lte(nowIso) })
        .orderBy('publishDueAt', 'asc')
        .limit(limit),
    );
    return docs.map((doc) => fromStored<Announcement>(doc));
  }

  async deliveryDue(nowIso: string, limit: number): Promise<Announcement[]> {
    const _ = this.db.command;
    const docs = await find(
      this.announcements
        .where({ deliveryDueAt: _.lte(nowIso) })
        .orderBy('deliveryDueAt', 'asc')
        .limit(limit),
    );
    return docs.map((doc) => fromStored<Announcement>(doc));
  }

  async saveDelivery(id: string, step: number, delivery: OutageDelivery): Promise<boolean> {
    const _ = this.db.command;
    const data: Record<string, unknown> = { delivery: _.set(delivery) };
    if (delivery.state === 'done') data.deliveryDueAt = _.remove();
    const query = this.announcements.where({ _id: id, status: 'published', 'delivery.step': step });
    return (await updated(query, data)) === 1;
  }

  async addRead(read: AnnouncementRead): Promise<'added' | 'duplicate'> {
    try {
      await this.db.collection(COLLECTIONS.announcementReads).add({ data: toStored(read) });
      return 'added';
    } catch (error) {
      if (isDuplicateKey(error)) return 'duplicate';
      throw error;
    }
  }

  async countRead(id: string, building: string, groupId?: string): Promise<void> {
    const _ = this.db.command;
    const data: Record<string, unknown> = { readCount: _.inc(1) };
    if (building) data[`readsByBuilding.${countKey(building)}`] = _.inc(1);
    if (groupId) data[`readsByGroup.${groupId}`] = _.inc(1);
    await updated(this.announcements.where({ _id: id }), data);
  }

  async knowGroup(group: OwnerGroup): Promise<void> {
    const addOnce = async (collection: string, doc: Record<string, unknown> & { _id: string }) => {
      try {
        await this.db.collection(collection).add({ data: doc });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    };
    await Promise.all([
      addOnce(COLLECTIONS.ownerGroups, toStored(group)),
      ...groupAdminsOf(group).map((admin) => addOnce(COLLECTIONS.ownerGroupAdmins, toStored(admin))),
    ]);
  }

  async groups(ids: string[]): Promise<OwnerGroup[]> {
    if (ids.length === 0) return [];
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.ownerGroups)
        .where({ _id: _.in(ids.slice(0, MAX_GROUPS)) })
        .limit(MAX_GROUPS),
    );
    return docs.map((doc) => fromStored<OwnerGroup>(doc));
  }
}

// The archive over cloud.database(): searches of every request by its indexed fields (keyset
// pages on createdAt, _id), what keeps a ledger open, the credits collection, and the migration
// that fills the search fields and credits of requests stored before them. Which index serves
// which filter: docs/archive.md.
import type { ArchiveFilters } from '../../domain/archive-schemas';
import { dayEnd, dayStart, searchFieldsOf, wordsPattern } from '../../domain/archive-search';
import type { ArchiveSource } from '../../domain/archive-views';
import type { Credit } from '../../domain/credits';
import { alarmOf } from '../../domain/escalation';
import { figureFactsOf } from '../../domain/figures/facts';
import type { Ticket } from '../../domain/model';
import type { Database } from '../cloud';
import { SUMMARY_FIELDS, ticketOf } from './cloud-tickets';
import { COLLECTIONS, find, fromStored } from './db';
import type { StoredDoc } from './db';
import { readKeysetPage } from './keyset';
import type { PageRequest } from './types';

/** The fields of an archive row (a summary, who filed it, how it came, whether it is archived). */
const ROW_FIELDS: Record<string, true> = {
  ...SUMMARY_FIELDS,
  ...Object.fromEntries(
    ['ownerName', 'ownerOpenid', 'channel', 'communityId', 'unitId', 'archivedAt'].map((f) => [f, true]),
  ),
};

const NEWEST_FIRST = { field: 'createdAt', direction: 'desc' } as const;

export interface ArchivePageOf<T> {
  items: T[];
  nextCursor?: string;
}

export interface MigrationBatch {
  read: number;
  updated: number;
  credits: number;
  /** the last request read: pass it as `after` for the next batch; absent when none was left */
  last?: string;
}

/** What actions need of the archive (the class below over cloud.database()). */
export type ArchiveRepository = { [K in keyof CloudArchiveRepository]: CloudArchiveRepository[K] };

export class CloudArchiveRepository {
  constructor(private readonly db: Database) {}

  private get tickets() {
    return this.db.collection(COLLECTIONS.tickets);
  }

  private get credits() {
    return this.db.collection(COLLECTIONS.credits);
  }

  /**
   * The condition of a search within `communityIds` (undefined: every community). Equalities on
   * indexed fields and a createdAt range; words are an escaped regular expression on
   * `searchText`, tested on the candidates the index gives.
   */
  private condition(communityIds: string[] | undefined, filters: ArchiveFilters): Record<string, unknown> {
    const _ = this.db.command;
    const created =
      filters.from && filters.to
        ? _.and(_.gte(dayStart(filters.from)), _.lt(dayEnd(filters.to)))
        : filters.from
          ? _.gte(dayStart(filters.from))
          : filters.to
            ? _.lt(dayEnd(filters.to))
            : undefined;
    const fields: Record<string, unknown> = {
      communityId: communityIds ? (communityIds.length === 1 ? communityIds[0] : _.in(communityIds)) : undefined,
      number: filters.number,
      ownerOpenid: filters.ownerOpenid,
      unitId: filters.unitId,
      searchPhone: filters.phone,
      category: filters.category,
      status: filters.status,
      department: filters.department,
      channel: filters.channel,
      createdAt: created,
      searchText: filters.words ? this.db.RegExp({ regexp: wordsPattern(filters.words) }) : undefined,
    };
    return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  }

  /** One page of a search, newest first. By number: the unique index, no order (one request at most). */
  async search(
    communityIds: string[] | undefined,
    filters: ArchiveFilters,
    page: PageRequest,
  ): Promise<ArchivePageOf<ArchiveSource>> {
    const condition = this.condition(communityIds, filters);
    if (filters.number) {
      if (page.cursor) return { items: [] };
      const docs = await find(this.tickets.where(condition).limit(1).field(ROW_FIELDS));
      return { items: docs.map((d) => fromStored<ArchiveSource>(d)) };
    }
    const { docs, nextCursor } = await readKeysetPage(this.db, this.tickets, condition, NEWEST_FIRST, page, ROW_FIELDS);
    return { items: docs.map((d) => fromStored<ArchiveSource>(d)), ...(nextCursor ? { nextCursor } : {}) };
  }

  /** Whole requests of a search, newest first, for the export: `limit` of them at most per call. */
  async searchWhole(
    communityIds: string[] | undefined,
    filters: ArchiveFilters,
    page: PageRequest,
  ): Promise<ArchivePageOf<Ticket>> {
    const condition = this.condition(communityIds, filters);
    const outbox = { pendingEffects: false };
    if (filters.number) {
      if (page.cursor) return { items: [] };
      return { items: (await find(this.tickets.where(condition).limit(1).field(outbox))).map(ticketOf) };
    }
    const { docs, nextCursor } = await readKeysetPage(this.db, this.tickets, condition, NEWEST_FIRST, page, outbox);
    return { items: docs.map(ticketOf), ...(nextCursor ? { nextCursor } : {}) };
  }

  /** The request, and whether effects of it still wait in its outbox. */
  async ticketWithOutbox(id: string): Promise<{ ticket: Ticket; pendingEffects: boolean } | null> {
    const [doc] = await find(this.tickets.where({ _id: id }).limit(1).field({ pendingEffects: false }));
    if (!doc) return null;
    return { ticket: ticketOf(doc), pendingEffects: typeof doc.pendingEffectsAt === 'string' };
  }

  /** How many of the request's return visits are open; how many of its effects were parked after failing. */
  async openWork(ticketId: string): Promise<{ openVisits: number; parkedEffects: number }> {
    const count = async (collection: string, where: Record<string, unknown>) =>
      ((await this.db.collection(collection).where(where).count()) as { total: number }).total;
    const [openVisits, parkedEffects] = await Promise.all([
      count(COLLECTIONS.visits, { ticketId, state: 'open' }),
      count(COLLECTIONS.parkedEffects, { ticketId }),
    ]);
    return { openVisits, parkedEffects };
  }

  /** Writes credits by their id: writing one again changes nothing. One request per credit. */
  async putCredits(credits: Credit[]): Promise<void> {
    await Promise.all(credits.map(({ id, ...credit }) => this.credits.doc(id).set({ data: credit })));
  }

  async creditsOf(staffOpenid: string, page: PageRequest): Promise<ArchivePageOf<Credit>> {
    const { docs, nextCursor } = await readKeysetPage(
      this.db,
      this.credits,
      { staffOpenid },
      { field: 'at', direction: 'desc' },
      page,
    );
    return { items: docs.map((d) => fromStored<Credit>(d)), ...(nextCursor ? { nextCursor } : {}) };
  }

  /** A staff member's totals over every credit: one aggregate over their index range. */
  async creditTotals(
    staffOpenid: string,
  ): Promise<{ ratings: number; scoreSum: number; satisfied: number; praise: number }> {
    const $ = this.db.command.aggregate;
    const isRating = $.eq(['$kind', 'rating']);
    const result = (await this.credits
      .aggregate()
      .match({ staffOpenid })
      .group({
        _id: null,
        ratings: $.sum($.cond([isRating, 1, 0])),
        scoreSum: $.sum($.cond([isRating, '$score', 0])),
        satisfied: $.sum($.cond([$.and([isRating, $.gte(['$score', 4])]), 1, 0])),
        praise: $.sum($.cond([$.eq(['$kind', 'praise']), 1, 0])),
      })
      .limit(1)
      .end()) as { list: Array<{ ratings?: number; scoreSum?: number; satisfied?: number; praise?: number }> };
    const [totals] = result.list;
    return {
      ratings: totals?.ratings ?? 0,
      scoreSum: totals?.scoreSum ?? 0,
      satisfied: totals?.satisfied ?? 0,
      praise: totals?.praise ?? 0,
    };
  }

  /**
   * One batch of the migration: `limit` requests after `after` in `_id` order (the built-in `_id`
   * index); each whose search fields are missing or stale gets them (one update each, which
   * leaves `version` alone, so a command racing it still wins), and every credit its timeline
   * earned is written. Running it again changes nothing.
   */
  async migrateBatch(after: string | undefined, limit: number, creditsOf: (t: Ticket) => Credit[]) {
    const _ = this.db.command;
    const docs = await find(
      this.tickets
        .where({ _id: _.gt(after ?? '') })
        .orderBy('_id', 'asc')
        .limit(limit)
        .field({ pendingEffects: false }),
    );
    let changed = 0;
    const credits: Credit[] = [];
    await Promise.all(
      docs.map(async (doc: StoredDoc) => {
        const ticket = ticketOf(doc);
        const fields = searchFieldsOf(ticket);
        // stored before the timer read `alarmAt`, an open request would wait for its next write
        const alarmAt = alarmOf(ticket);
        const missingAlarm = alarmAt !== undefined && doc.alarmAt !== alarmAt;
        // and what it adds to the month's figures, summed by their aggregate
        const figureFacts = figureFactsOf(ticket);
        const staleFacts = JSON.stringify(doc.figureFacts) !== JSON.stringify(figureFacts);
        if (
          doc.searchPhone !== fields.searchPhone ||
          doc.searchText !== fields.searchText ||
          missingAlarm ||
          staleFacts
        ) {
          await this.tickets.doc(doc._id).update({
            data: {
              ...fields,
              ...(missingAlarm ? { alarmAt } : {}),
              ...(staleFacts ? { figureFacts: this.db.command.set(figureFacts) } : {}),
            },
          });
          changed += 1;
        }
        credits.push(...creditsOf(ticket));
      }),
    );
    await this.putCredits(credits);
    const last = docs[docs.length - 1];
    const batch: MigrationBatch = {
      read: docs.length,
      updated: changed,
      credits: credits.length,
      ...(last ? { last: last._id } : {}),
    };
    return batch;
  }
}

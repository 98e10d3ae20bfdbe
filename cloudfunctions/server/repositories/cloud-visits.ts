// Return visits over cloud.database(): one document per visit task (`visits`), whose id says what
// makes it unique, so planning it twice writes nothing; and one record per sampled week
// (`visit_samples`). Each method is one database request unless it says otherwise.
import type { Page } from '../../domain/api';
import { conflict } from '../../domain/errors';
import type { VisitSampleRecord } from '../../domain/visit-sample';
import type { Visit, VisitState } from '../../domain/visits';
import type { Database } from '../cloud';
import { decodeCursor, encodeCursor } from './cursor';
import { COLLECTIONS, addMany, find, fromStored, isDuplicateKey, toStored, updated } from './db';
import type { ClosedRepair, PageRequest, VisitRepository } from './types';

/** A week's closed repairs are read this many per request (the cloud's largest page). */
export const CLOSED_REPAIRS_PAGE = 1000;

/** A ticket has at most this many visits in any plausible life (one per round, one per week). */
const MAX_PER_TICKET = 50;

export class CloudVisitRepository implements VisitRepository {
  constructor(private readonly db: Database) {}

  private get visits() {
    return this.db.collection(COLLECTIONS.visits);
  }

  async plan(visit: Visit): Promise<'created' | 'exists'> {
    try {
      await this.visits.add({ data: toStored(visit) });
      return 'created';
    } catch (error) {
      if (isDuplicateKey(error)) return 'exists';
      throw error;
    }
  }

  /** One request when none is there yet; if some are (a run cut short before), one per visit. */
  async planMany(visits: Visit[]): Promise<number> {
    if (visits.length === 0) return 0;
    try {
      await addMany(this.visits, visits.map(toStored));
      return visits.length;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    let created = 0;
    for (const visit of visits) if ((await this.plan(visit)) === 'created') created += 1;
    return created;
  }

  async get(id: string): Promise<Visit | null> {
    const [doc] = await find(this.visits.where({ _id: id }).limit(1));
    return doc ? fromStored<Visit>(doc) : null;
  }

  async save(before: Visit, after: Visit): Promise<void> {
    const { _id, ...data } = toStored(after);
    void _id;
    if ((await updated(this.visits.where({ _id: after.id, version: before.version }), data)) !== 1) throw conflict();
  }

  async list(communityIds: string[], state: VisitState, page: PageRequest): Promise<Page<Visit>> {
    const _ = this.db.command;
    const field = state === 'open' ? 'dueAt' : 'doneAt';
    const direction = state === 'open' ? 'asc' : 'desc';
    const beyond = (value: string) => (direction === 'desc' ? _.lt(value) : _.gt(value));
    const condition = { communityId: communityIds.length === 1 ? communityIds[0] : _.in(communityIds), state };
    let where: Parameters<typeof this.visits.where>[0] = condition;
    if (page.cursor) {
      const last = decodeCursor(field, page.cursor);
      where = _.and(condition, _.or({ [field]: beyond(last.value) }, { [field]: last.value, _id: beyond(last.id) }));
    }
    const docs = await find(
      this.visits
        .where(where)
        .orderBy(field, direction)
        .orderBy('_id', direction)
        .limit(page.limit + 1),
    );
    const items = docs.slice(0, page.limit).map((doc) => fromStored<Visit>(doc));
    const last = items[items.length - 1];
    return {
      items,
      ...(docs.length > page.limit && last
        ? { nextCursor: encodeCursor(field, { value: last[field] ?? '', id: last.id }) }
        : {}),
    };
  }

  async forTicket(ticketId: string): Promise<Visit[]> {
    const docs = await find(this.visits.where({ ticketId }).orderBy('createdAt', 'desc').limit(MAX_PER_TICKET));
    return docs.map((doc) => fromStored<Visit>(doc));
  }

  async closedRepairs(
    start: string,
    end: string,
    limit: number,
    after?: { updatedAt: string; id: string },
  ): Promise<ClosedRepair[]> {
    const _ = this.db.command;
    const condition = { status: 'closed', category: 'repair' };
    const where = after
      ? _.and(
          condition,
          _.or(
            { updatedAt: _.gt(after.updatedAt).and(_.lt(end)) },
            { updatedAt: after.updatedAt, _id: _.gt(after.id) },
          ),
        )
      : { ...condition, updatedAt: _.gte(start).and(_.lt(end)) };
    const docs = await find(
      this.db
        .collection(COLLECTIONS.tickets)
        .where(where)
        .orderBy('updatedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .field({
          _id: true,
          number: true,
          communityId: true,
          department: true,
          ownerName: true,
          contactPhone: true,
          location: true,
          updatedAt: true,
        }),
    );
    return docs.map((doc) => fromStored<ClosedRepair>(doc));
  }

  async sample(weekKey: string): Promise<VisitSampleRecord | null> {
    const [doc] = await find(this.db.collection(COLLECTIONS.visitSamples).where({ _id: weekKey }).limit(1));
    return doc ? fromStored<VisitSampleRecord>(doc) : null;
  }

  async recordSample(record: VisitSampleRecord): Promise<boolean> {
    try {
      await this.db.collection(COLLECTIONS.visitSamples).add({ data: toStored(record) });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
}

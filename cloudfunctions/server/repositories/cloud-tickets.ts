// Tickets over cloud.database(): one document per ticket, its timeline inside, and the effects still
// to be carried out inside too (`pendingEffects`, a transactional outbox embedded in the
// aggregate), so a ticket and its effects are written by ONE single-document write.
import type { Page } from '../../domain/api';
import type { Effect } from '../../domain/commands';
import { searchFieldsOf } from '../../domain/archive-search';
import { UNCLAIMED_PREFIX } from '../../domain/desk-intake';
import { conflict } from '../../domain/errors';
import { alarmOf } from '../../domain/escalation';
import { figureFactsOf } from '../../domain/figures/facts';
import { OPEN_QUEUES, queueOf, toldOf } from '../../domain/inbox';
import type { EscalationTarget, InboxCounts, InboxQueue } from '../../domain/inbox';
import type { Ticket, TicketStatus } from '../../domain/model';
import { TICKET_STATUSES } from '../../domain/model';
import type { InboxScope } from '../../domain/permissions';
import type { InboxView } from '../../domain/schemas';
import { overdueSince } from '../../domain/sla';
import type { SummarySource } from '../../domain/views';
import type { Database } from '../cloud';
import { COLLECTIONS, addMany, find, fromStored, isDuplicateKey, toStored, updated } from './db';
import type { StoredDoc } from './db';
import { readKeysetPage } from './keyset';
import type { MineFilter, PageRequest, TicketRepository } from './types';

/** More open requests than this held by one person is beyond any workload; the rest stay for a second run. */
const MAX_HELD = 100;

/** Finished: closed, or ended without being worked (withdrawn by the owner, merged into another). */
const FINISHED: TicketStatus[] = ['closed', 'withdrawn', 'merged'];
/** Every other status: the owner still follows it. */
const OPEN: TicketStatus[] = TICKET_STATUSES.filter((s) => !FINISHED.includes(s));

/**
 * Fields kept beside the ticket for storage's sake, each indexed: the inbox queue, when the timer
 * must next look at it (`alarmAt`), since when it counts as overdue (`overdueAt`), when an
 * escalation reached each level it has reached (`escalatedAt.dept_head` …: one scalar field per
 * audience, so each 升级给我 list is a range its index delivers in order), and the outbox.
 */
const STORAGE_FIELDS = [
  'queue',
  'alarmAt',
  'overdueAt',
  'escalatedTo',
  'pendingEffects',
  'pendingEffectsAt',
  'searchPhone',
  'searchText',
  'figureFacts',
] as const;

/** The stored queue of a request whose ledger is closed: no inbox view reads it. */
export const ARCHIVED_QUEUE = 'archived';

export const SUMMARY_FIELDS: Record<string, true> = Object.fromEntries(
  [
    '_id',
    'number',
    'category',
    'status',
    'department',
    'urgency',
    'description',
    'location',
    'createdAt',
    'updatedAt',
    'sla',
    'missedAt',
    'escalation',
    'reprocessCount',
    'mergedInto',
  ].map((f) => [f, true]),
);

type SortField = 'updatedAt' | 'sla.dueAt' | 'overdueAt' | `escalatedAt.${EscalationTarget}`;
interface Order {
  field: SortField;
  direction: 'asc' | 'desc';
}

/** An effect waiting in its ticket for the dispatcher; `key` makes a second run of it harmless. */
export type PendingEffect = Effect & { key: string; at: string; state: 'pending' };

/** The stored ticket: the domain's ticket and the indexed fields derived from it. */
export function storedTicket(ticket: Ticket): StoredDoc {
  const alarmAt = alarmOf(ticket);
  const overdueAt = overdueSince(ticket);
  const told = toldOf(ticket.escalation);
  return {
    ...toStored(ticket),
    ...searchFieldsOf(ticket),
    // what it adds to the month's figures, summed by their aggregate (docs/figures.md)
    figureFacts: figureFactsOf(ticket),
    // a request whose ledger is closed leaves every working list (docs/archive.md)
    queue: ticket.archivedAt ? ARCHIVED_QUEUE : queueOf(ticket.status),
    ...(alarmAt ? { alarmAt } : {}),
    ...(overdueAt ? { overdueAt } : {}),
    ...(told.length ? { escalatedAt: Object.fromEntries(told.map((to) => [to, ticket.escalation?.at])) } : {}),
  };
}

export function ticketOf(doc: StoredDoc): Ticket {
  const ticket: Record<string, unknown> = { ...doc };
  for (const field of STORAGE_FIELDS) delete ticket[field];
  return fromStored<Ticket>(ticket as StoredDoc);
}

/** Each effect of the change that made `ticket` this version, keyed `<ticketId>:<version>:<n>`. */
export function pendingEffects(ticket: Ticket, effects: Effect[]): PendingEffect[] {
  return effects.map((effect, n) => ({
    ...effect,
    key: `${ticket.id}:${ticket.version}:${n}`,
    at: ticket.updatedAt,
    state: 'pending',
  }));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class CloudTicketRepository implements TicketRepository {
  constructor(private readonly db: Database) {}

  private get tickets() {
    return this.db.collection(COLLECTIONS.tickets);
  }

  async get(id: string): Promise<Ticket | null> {
    const [doc] = await find(this.tickets.where({ _id: id }).limit(1).field({ pendingEffects: false }));
    return doc ? ticketOf(doc) : null;
  }

  async findByClientRequestId(ownerOpenid: string, clientRequestId: string): Promise<Ticket | null> {
    const [doc] = await find(
      this.tickets.where({ ownerOpenid, clientRequestId }).limit(1).field({ pendingEffects: false }),
    );
    return doc ? ticketOf(doc) : null;
  }

  async findByNumber(number: string): Promise<Ticket | null> {
    const [doc] = await find(this.tickets.where({ number }).limit(1).field({ pendingEffects: false }));
    return doc ? ticketOf(doc) : null;
  }

  async create(ticket: Ticket, effects: Effect[]): Promise<'created' | 'duplicate'> {
    const pending = pendingEffects(ticket, effects);
    const doc = {
      ...storedTicket(ticket),
      ...(pending.length ? { pendingEffects: pending, pendingEffectsAt: ticket.updatedAt } : {}),
    };
    try {
      await this.tickets.add({ data: doc });
      return 'created';
    } catch (error) {
      if (isDuplicateKey(error)) return 'duplicate';
      throw error;
    }
  }

  /**
   * One conditional write: only if the stored version is still the one `before` was read at.
   * Fields that changed are set whole (never merged), fields that disappeared are removed, and the
   * new effects are appended to the ones still pending, so whatever the dispatcher has done to
   * the outbox meanwhile is kept.
   */
  async save(before: Ticket, after: Ticket, effects: Effect[]): Promise<void> {
    const _ = this.db.command;
    const old = storedTicket(before);
    const next = storedTicket(after);
    const data: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(next))
      if (field !== '_id' && !same(old[field], value)) data[field] = _.set(value);
    for (const field of Object.keys(old)) if (!(field in next)) data[field] = _.remove();
    const pending = pendingEffects(after, effects);
    if (pending.length) {
      data.pendingEffects = _.push(pending);
      // the typings allow numbers only; $min compares our ISO instants as strings, in time order
      data.pendingEffectsAt = _.min(after.updatedAt as unknown as number);
    }
    if ((await updated(this.tickets.where({ _id: after.id, version: before.version }), data)) !== 1) throw conflict();
  }

  /** Writes finished requests of the past in batches, with no effects left to carry out (seeding tools). */
  async importHistory(tickets: Ticket[]): Promise<void> {
    await addMany(
      this.tickets,
      tickets.map((t) => storedTicket(t)),
    );
  }

  listCreditedTo(openid: string, page: PageRequest): Promise<Page<SummarySource>> {
    return this.readPage({ 'creditedTo.openid': openid }, { field: 'updatedAt', direction: 'desc' }, page);
  }

  listByOwner(ownerOpenid: string, filter: MineFilter, page: PageRequest): Promise<Page<SummarySource>> {
    const _ = this.db.command;
    const status = filter === 'open' ? { status: _.in(OPEN) } : filter === 'done' ? { status: _.in(FINISHED) } : {};
    return this.readPage({ ownerOpenid, ...status }, { field: 'updatedAt', direction: 'desc' }, page);
  }

  listInbox(
    scope: InboxScope,
    view: InboxView,
    nowIso: string,
    page: PageRequest,
    escalatedTo?: EscalationTarget,
  ): Promise<Page<SummarySource>> {
    const _ = this.db.command;
    const where = scopeCondition(scope, _);
    switch (view) {
      case 'overdue':
        // overdueAt exists only while a promise runs (open queues), so it alone picks them out
        return this.readPage({ ...where, overdueAt: _.lt(nowIso) }, { field: 'overdueAt', direction: 'asc' }, page);
      case 'escalated': {
        if (!escalatedTo) return Promise.resolve({ items: [] });
        const field = `escalatedAt.${escalatedTo}` as const;
        return this.readPage({ ...where, [field]: _.gt('') }, { field, direction: 'desc' }, page);
      }
      case 'done':
        return this.readPage({ ...where, queue: 'done' }, { field: 'updatedAt', direction: 'desc' }, page);
      default:
        return this.readPage({ ...where, queue: view }, { field: 'sla.dueAt', direction: 'asc' }, page);
    }
  }

  async countInbox(scope: InboxScope, nowIso: string, escalatedTo?: EscalationTarget): Promise<InboxCounts> {
    const _ = this.db.command;
    const $ = _.aggregate;
    const inQueue = (queue: InboxQueue) => $.sum($.cond([$.eq(['$queue', queue]), 1, 0]));
    const result = (await this.tickets
      .aggregate()
      .match({ ...scopeCondition(scope, _), queue: _.in([...OPEN_QUEUES]) })
      .group({
        _id: null,
        new: inQueue('new'),
        in_progress: inQueue('in_progress'),
        overdue: $.sum($.cond([$.and([$.gt(['$overdueAt', '']), $.lt(['$overdueAt', nowIso])]), 1, 0])),
        escalated: escalatedTo ? $.sum($.cond([$.gt([`$escalatedAt.${escalatedTo}`, '']), 1, 0])) : $.sum(0),
      })
      .limit(1)
      .end()) as { list: Array<Partial<InboxCounts>> };
    const [counts] = result.list;
    return {
      new: counts?.new ?? 0,
      in_progress: counts?.in_progress ?? 0,
      overdue: counts?.overdue ?? 0,
      escalated: counts?.escalated ?? 0,
    };
  }

  /**
   * The open requests whose alarm has come, earliest first: one indexed range read on `alarmAt`
   * (the timer never reads a request it has nothing to do with).
   */
  async alarmsDue(nowIso: string, limit: number): Promise<Ticket[]> {
    const _ = this.db.command;
    const docs = await find(
      this.tickets
        .where({ alarmAt: _.lte(nowIso) })
        .orderBy('alarmAt', 'asc')
        .limit(limit)
        .field({ pendingEffects: false }),
    );
    return docs.map(ticketOf);
  }

  async heldBy(openid: string): Promise<Ticket[]> {
    const _ = this.db.command;
    const docs = await find(
      this.tickets
        .where({ assigneeOpenid: openid, queue: _.in([...OPEN_QUEUES]) })
        .limit(MAX_HELD)
        .field({ pendingEffects: false }),
    );
    return docs.map(ticketOf);
  }

  claimUnclaimed(unitId: string, phone: string, ownerOpenid: string): Promise<number> {
    const _ = this.db.command;
    const unclaimed = this.db.RegExp({ regexp: `^${UNCLAIMED_PREFIX}` });
    return updated(this.tickets.where({ unitId, contactPhone: phone, ownerOpenid: unclaimed }), {
      ownerOpenid: _.set(ownerOpenid),
    });
  }

  /** Keyset paging on (order field, _id): each page starts after the last item of the one before. */
  private async readPage(
    condition: Record<string, unknown>,
    order: Order,
    page: PageRequest,
  ): Promise<Page<SummarySource>> {
    const { docs, nextCursor } = await readKeysetPage(this.db, this.tickets, condition, order, page, SUMMARY_FIELDS);
    return { items: docs.map((doc) => fromStored<SummarySource>(doc)), ...(nextCursor ? { nextCursor } : {}) };
  }
}

/** One community is an equality; several an `$in`, whose ranges the index merges in order. */
function scopeCondition(scope: InboxScope, _: Database['command']): Record<string, unknown> {
  const ids = scope.communityIds;
  return {
    ...(ids !== undefined ? { communityId: ids.length === 1 ? ids[0] : _.in(ids) } : {}),
    ...(scope.department !== undefined ? { department: scope.department } : {}),
  };
}

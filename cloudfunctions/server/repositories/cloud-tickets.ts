// Tickets over cloud.database(): one document per ticket (timeline inside), effects beside it in
// `ticket_effects`, both written in one transaction so nothing is half-written.
import type { Page } from '../../domain/api';
import type { Effect } from '../../domain/commands';
import { conflict } from '../../domain/errors';
import type { Ticket, TicketStatus } from '../../domain/model';
import type { InboxScope } from '../../domain/permissions';
import type { InboxView } from '../../domain/schemas';
import type { SummarySource } from '../../domain/views';
import type { Database } from '../cloud';
import { decodeCursor, encodeCursor } from './cursor';
import { COLLECTIONS, countOf, find, fromStored, isDuplicateKey, runTransaction, toStored } from './db';
import type { StoredDoc, Transaction } from './db';
import type { InboxCounts, MineFilter, PageRequest, TicketRepository } from './types';

const OPEN: TicketStatus[] = ['submitted', 'accepted', 'resolved', 'reopened'];
const WAITING_FOR_DEPARTMENT: TicketStatus[] = ['submitted', 'reopened', 'accepted'];
const NEW: TicketStatus[] = ['submitted', 'reopened'];
const DONE: TicketStatus[] = ['resolved', 'closed'];

const SUMMARY_FIELDS: Record<string, true> = Object.fromEntries(
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
    'reprocessCount',
  ].map((f) => [f, true]),
);

type SortField = 'updatedAt' | 'sla.dueAt';
interface Order {
  field: SortField;
  direction: 'asc' | 'desc';
}

const valueAt = (doc: StoredDoc, path: string): string => {
  const found = path
    .split('.')
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), doc);
  return typeof found === 'string' ? found : '';
};

function isTransactionConflict(error: unknown): boolean {
  const e = error as { code?: unknown; errMsg?: unknown; message?: unknown } | null;
  return /TRANSACTION_CONFLICT/i.test(`${e?.code ?? ''} ${e?.errMsg ?? ''} ${e?.message ?? ''}`);
}

export class CloudTicketRepository implements TicketRepository {
  constructor(private readonly db: Database) {}

  private get tickets() {
    return this.db.collection(COLLECTIONS.tickets);
  }

  async get(id: string): Promise<Ticket | null> {
    const [doc] = await find(this.tickets.where({ _id: id }).limit(1));
    return doc ? fromStored<Ticket>(doc) : null;
  }

  async findByClientRequestId(ownerOpenid: string, clientRequestId: string): Promise<Ticket | null> {
    const [doc] = await find(this.tickets.where({ ownerOpenid, clientRequestId }).limit(1));
    return doc ? fromStored<Ticket>(doc) : null;
  }

  async create(ticket: Ticket, effects: Effect[]): Promise<'created' | 'duplicate'> {
    try {
      await runTransaction(this.db, async (tx) => {
        await tx.collection(COLLECTIONS.tickets).add({ data: toStored(ticket) });
        await this.recordEffects(tx, ticket, effects);
      });
      return 'created';
    } catch (error) {
      if (isDuplicateKey(error)) return 'duplicate';
      throw error;
    }
  }

  async save(ticket: Ticket, expectedVersion: number, effects: Effect[]): Promise<void> {
    try {
      await runTransaction(this.db, async (tx) => {
        const ref = tx.collection(COLLECTIONS.tickets).doc(ticket.id);
        const current = (await ref.get()).data;
        const stored = Array.isArray(current) ? current[0] : current;
        if (!stored || (stored as { version?: unknown }).version !== expectedVersion) throw conflict();
        const { _id, ...data } = toStored(ticket);
        await ref.set({ data });
        await this.recordEffects(tx, ticket, effects);
      });
    } catch (error) {
      if (isTransactionConflict(error)) throw conflict();
      throw error;
    }
  }

  private async recordEffects(tx: Transaction, ticket: Ticket, effects: Effect[]): Promise<void> {
    for (const effect of effects) {
      await tx.collection(COLLECTIONS.ticketEffects).add({
        data: {
          ...effect,
          ticketId: ticket.id,
          ticketNumber: ticket.number,
          ticketVersion: ticket.version,
          at: ticket.updatedAt,
          state: 'pending',
        },
      });
    }
  }

  listByOwner(ownerOpenid: string, filter: MineFilter, page: PageRequest): Promise<Page<SummarySource>> {
    const _ = this.db.command;
    const status = filter === 'open' ? { status: _.in(OPEN) } : filter === 'done' ? { status: 'closed' } : {};
    return this.readPage({ ownerOpenid, ...status }, { field: 'updatedAt', direction: 'desc' }, page);
  }

  listInbox(scope: InboxScope, view: InboxView, nowIso: string, page: PageRequest): Promise<Page<SummarySource>> {
    const pressing: Order = { field: 'sla.dueAt', direction: 'asc' };
    if (view === 'done')
      return this.readPage(this.inboxCondition(scope, view, nowIso), { field: 'updatedAt', direction: 'desc' }, page);
    return this.readPage(this.inboxCondition(scope, view, nowIso), pressing, page);
  }

  async countInbox(scope: InboxScope, nowIso: string): Promise<InboxCounts> {
    const count = (view: InboxView) => countOf(this.tickets.where(this.inboxCondition(scope, view, nowIso)));
    const [fresh, inProgress, overdue] = await Promise.all([count('new'), count('in_progress'), count('overdue')]);
    return { new: fresh, in_progress: inProgress, overdue };
  }

  private inboxCondition(scope: InboxScope, view: InboxView, nowIso: string): Record<string, unknown> {
    const _ = this.db.command;
    const where: Record<string, unknown> = {};
    if (scope.communityId !== undefined) where.communityId = scope.communityId;
    if (scope.department !== undefined) where.department = scope.department;
    switch (view) {
      case 'new':
        return { ...where, status: _.in(NEW) };
      case 'in_progress':
        return { ...where, status: 'accepted' };
      case 'overdue':
        return { ...where, status: _.in(WAITING_FOR_DEPARTMENT), 'sla.dueAt': _.lt(nowIso) };
      case 'done':
        return { ...where, status: _.in(DONE) };
    }
  }

  /** Keyset paging on (order field, _id): each page starts after the last item of the one before. */
  private async readPage(
    condition: Record<string, unknown>,
    order: Order,
    page: PageRequest,
  ): Promise<Page<SummarySource>> {
    const _ = this.db.command;
    const beyond = (value: string) => (order.direction === 'desc' ? _.lt(value) : _.gt(value));
    let where: Parameters<typeof this.tickets.where>[0] = condition;
    if (page.cursor) {
      const after = decodeCursor(order.field, page.cursor);
      where = _.and(
        condition,
        _.or({ [order.field]: beyond(after.value) }, { [order.field]: after.value, _id: beyond(after.id) }),
      );
    }
    const docs = await find(
      this.tickets
        .where(where)
        .orderBy(order.field, order.direction)
        .orderBy('_id', order.direction)
        .limit(page.limit + 1)
        .field(SUMMARY_FIELDS),
    );
    const items = docs.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      items: items.map((doc) => fromStored<SummarySource>(doc)),
      ...(docs.length > page.limit && last
        ? { nextCursor: encodeCursor(order.field, { value: valueAt(last, order.field), id: last._id }) }
        : {}),
    };
  }
}

// The outbox inside tickets (`pendingEffects`, `pendingEffectsAt`, see cloud-tickets.ts) as the
// dispatcher works it, and the effects parked after too many failures (`parked_effects`).
// The dispatcher never bumps a ticket's `version` (commands use it for optimistic concurrency);
// its whole-outbox writes are conditioned on it instead, so an effect a command appends meanwhile
// is never lost: the write misses, and the outcome is applied again, by key, to the fresh outbox.
import type { Page } from '../../domain/api';
import { applyOutcome, dueAtOf } from '../../domain/effects';
import type { Ticket } from '../../domain/model';
import type { Database } from '../cloud';
import { decodeCursor, encodeCursor } from './cursor';
import { COLLECTIONS, effectDocumentId, find, fromStored, isDuplicateKey, toStored, updated } from './db';
import type { StoredDoc } from './db';
import type { DueTicket, EffectOutcome, EffectRepository, PageRequest, ParkedEffect, StoredEffect } from './types';

const STORAGE_FIELDS = ['queue', 'pendingEffects', 'pendingEffectsAt'];
/** Tries to write an outcome while commands keep changing the ticket; then the next sweep does it. */
const SETTLE_TRIES = 3;

function ticketOf(doc: StoredDoc): Ticket {
  const ticket: Record<string, unknown> = { ...doc };
  for (const field of STORAGE_FIELDS) delete ticket[field];
  return fromStored<Ticket>(ticket as StoredDoc);
}

export class CloudEffectRepository implements EffectRepository {
  constructor(private readonly db: Database) {}

  private get tickets() {
    return this.db.collection(COLLECTIONS.tickets);
  }

  private get parkedEffects() {
    return this.db.collection(COLLECTIONS.parkedEffects);
  }

  async due(nowIso: string, limit: number): Promise<DueTicket[]> {
    const _ = this.db.command;
    const docs = await find(
      this.tickets
        .where({ pendingEffectsAt: _.lte(nowIso) })
        .orderBy('pendingEffectsAt', 'asc')
        .limit(limit),
    );
    return docs.map((doc) => ({
      ticket: ticketOf(doc),
      pending: (doc.pendingEffects as StoredEffect[] | undefined) ?? [],
    }));
  }

  async settle(ticketId: string, version: number, pending: StoredEffect[], outcome: EffectOutcome): Promise<void> {
    let read = { version, pending };
    for (let tries = 0; tries < SETTLE_TRIES; tries++) {
      if (await this.writeOutbox(ticketId, read.version, applyOutcome(read.pending, outcome))) return;
      const [doc] = await find(
        this.tickets.where({ _id: ticketId }).limit(1).field({ version: true, pendingEffects: true }),
      );
      if (!doc) return;
      read = { version: doc.version as number, pending: (doc.pendingEffects as StoredEffect[] | undefined) ?? [] };
    }
    // still changing: the done effects stay pending, and the next sweep finds them done (by key)
  }

  private async writeOutbox(ticketId: string, version: number, next: StoredEffect[]): Promise<boolean> {
    const _ = this.db.command;
    const dueAt = dueAtOf(next);
    const data =
      dueAt === null
        ? { pendingEffects: _.remove(), pendingEffectsAt: _.remove() }
        : { pendingEffects: _.set(next), pendingEffectsAt: dueAt };
    return (await updated(this.tickets.where({ _id: ticketId, version }), data)) === 1;
  }

  async settleRecorded(ticketId: string, version: number, recorded: number, done: string[]): Promise<void> {
    if (done.length === 0) return;
    const _ = this.db.command;
    if (done.length === recorded) {
      // the outbox holds exactly what this version recorded (nothing at index `recorded`): empty it
      const emptied = await updated(
        this.tickets.where({ _id: ticketId, version, [`pendingEffects.${recorded}`]: _.exists(false) }),
        { pendingEffects: _.remove(), pendingEffectsAt: _.remove() },
      );
      if (emptied === 1) return;
    }
    // older effects wait too (or a command wrote meanwhile): take ours out; `pendingEffectsAt` stays
    // early, so the sweep reads the ticket and sets it right
    await updated(this.tickets.where({ _id: ticketId }), {
      pendingEffects: _.pull({ key: _.in(done) } as unknown as string),
    });
  }

  async park(parked: ParkedEffect[]): Promise<void> {
    for (const record of parked) {
      try {
        await this.parkedEffects.add({ data: toStored({ ...record, id: effectDocumentId(record.id) }) });
      } catch (error) {
        // parked before by a run that stopped before it took the effect out: that one stands
        if (!isDuplicateKey(error)) throw error;
      }
    }
  }

  async listParked(page: PageRequest): Promise<Page<ParkedEffect>> {
    const _ = this.db.command;
    const query = page.cursor
      ? (() => {
          const after = decodeCursor('parkedAt', page.cursor);
          return this.parkedEffects.where(
            _.or({ parkedAt: _.lt(after.value) }, { parkedAt: after.value, _id: _.lt(after.id) }),
          );
        })()
      : this.parkedEffects.where({});
    const docs = await find(
      query
        .orderBy('parkedAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(page.limit + 1),
    );
    const items = docs.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      items: items.map(parkedOf),
      ...(docs.length > page.limit && last
        ? { nextCursor: encodeCursor('parkedAt', { value: last.parkedAt as string, id: last._id }) }
        : {}),
    };
  }

  async getParked(key: string): Promise<ParkedEffect | null> {
    const [doc] = await find(this.parkedEffects.where({ _id: effectDocumentId(key) }).limit(1));
    return doc ? parkedOf(doc) : null;
  }

  async unpark(parked: ParkedEffect, nowIso: string): Promise<void> {
    const _ = this.db.command;
    const effect: StoredEffect = { ...parked.effect, state: 'pending', attempts: 0 };
    // back in the outbox first: a stop between the two writes leaves it parked and pending, never lost
    await updated(this.tickets.where({ _id: parked.ticketId }), {
      pendingEffects: _.push([effect]),
      pendingEffectsAt: _.min(nowIso as unknown as number),
    });
    await this.parkedEffects.where({ _id: effectDocumentId(parked.id) }).remove();
  }
}

/** The stored record answers its effect's key as its id. */
function parkedOf(doc: StoredDoc): ParkedEffect {
  const record = fromStored<ParkedEffect>(doc);
  return { ...record, id: record.effect.key };
}

// How one kind of effect is carried out. The dispatcher calls the handler of an effect's type with
// the effect (and its key: carrying it out again must change nothing) and the ticket it came from.
// A handler that throws is retried with backoff, then parked; it never blocks the other effects.
import type { Effect } from '../../domain/commands';
import type { Ticket } from '../../domain/model';
import type { Repositories } from '../repositories/types';

/** An effect as the dispatcher hands it over: `key` is unique and stable (`<ticketId>:<version>:<n>`). */
export type KeyedEffect<T extends Effect['type'] = Effect['type']> = Extract<Effect, { type: T }> & {
  key: string;
  /** when the command that recorded it ran */
  at: string;
};

export interface EffectContext {
  repos: Repositories;
  now: Date;
  /** the ticket as it is now (it may have moved on since the effect was recorded) */
  ticket: Ticket;
}

export type EffectHandler<T extends Effect['type']> = (effect: KeyedEffect<T>, context: EffectContext) => Promise<void>;

// What a command is allowed to do: who may give it (guard) and what it writes (apply). Each
// command has its own file next to this one; the flows decide in which statuses it is accepted.
import type { TicketCommand } from '../../api';
import type { CommandOf, Effect } from '../../commands';
import type { Actor, Ticket, TicketStatus, TimelineEntry } from '../../model';
import type { ServiceSettings } from '../../settings';

export type Guard = (ticket: Ticket, actor: Actor) => boolean;
export type NewEntry = Omit<TimelineEntry, 'id' | 'at' | 'actor'>;

export interface Outcome {
  changes: Partial<Ticket>;
  entries: NewEntry[];
  effects: Effect[];
  /** the request changed hands: the running promise restarts for the new department */
  handOver?: boolean;
  /** a person set the due time of the step that runs after this command (ISO instant) */
  deadline?: string;
}

export interface ApplyContext {
  actor: Actor;
  /** the status the flow moves the request to */
  to: TicketStatus;
  /** now, as stored */
  at: string;
  settings: ServiceSettings;
}

/** What a refusal may look at besides the request: the time and the settings. */
export interface RefusalContext {
  at: string;
  settings: ServiceSettings;
}

export interface CommandDefinition<K extends TicketCommand> {
  guard: Guard;
  /**
   * Refuses a command the flow allows and the actor may give, but not now (an urge before the
   * promise is overdue): the message to show, or null. Refused answers ILLEGAL_TRANSITION.
   */
  refusal?: (ticket: Ticket, context: RefusalContext) => string | null;
  apply(ticket: Ticket, command: CommandOf<K>, context: ApplyContext): Outcome;
}

export const defineCommand = <K extends TicketCommand>(definition: CommandDefinition<K>) => definition;

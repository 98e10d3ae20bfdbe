// The shape of a flow: for each status, the promise that runs while a request is in it and the
// commands it accepts, with where each leads. A reader checks a category's flow against its policy
// by reading its one table (see the files next to this one).
import type { TicketCommand } from '../api';
import type { CommandOf } from '../commands';
import type { SlaStep, TicketStatus } from '../model';
import type { ServiceSettings } from '../settings';

export type Target<K extends TicketCommand> =
  TicketStatus | ((command: CommandOf<K>, settings: ServiceSettings) => TicketStatus);

export type Transitions = { readonly [K in TicketCommand]?: Target<K> };

export interface StatusRow {
  /**
   * What the clock does while a request is in this status: the step whose promise runs, 'owner'
   * when the request waits on the owner (the clock pauses), null when no promise runs.
   */
  readonly promise: SlaStep | 'owner' | null;
  readonly commands: Transitions;
}

/** A category's flow. A status the flow never reaches has no row. */
export type FlowTable = { readonly [S in TicketStatus]?: StatusRow };

import type { Ticket } from '../../model';
import { forLeadership, isDeptHeadOf, isHandler, isLeadership, isManagerOf, isServiceDesk } from '../../permissions';
import type { Guard } from './definition';

export const handlerOrDesk: Guard = (t, a) => isHandler(t, a) || isServiceDesk(t, a);

/** Who decides a complaint's plan: the department's head, or leadership when the complaint is theirs. */
export const planDecider: Guard = (t, a) => isDeptHeadOf(t, a) || (forLeadership(t) && isLeadership(t, a));

/** Who supervises (督办): the department's head, the community's manager. */
export const supervisor: Guard = (t, a) => isDeptHeadOf(t, a) || isManagerOf(t, a);

export const supervisionPending = (t: Pick<Ticket, 'supervision'>): boolean =>
  t.supervision !== undefined && t.supervision.acknowledgedAt === undefined;

// The 工作台's views of a request. Each status puts a request in one queue (new, in progress,
// done); "overdue" cuts across the open queues: their running promise has passed, or one did since
// the department took the request on; "escalated" lists what a missed promise brought to the viewer.
import type { Actor, Escalation, TicketStatus } from './model';
import type { InboxView } from './schemas';

export type InboxQueue = Exclude<InboxView, 'overdue' | 'escalated'>;

export const QUEUE_OF_STATUS: Readonly<Record<TicketStatus, InboxQueue>> = {
  submitted: 'new',
  reopened: 'new',
  accepted: 'in_progress',
  // resolved waits on the owner's rating: the department's part is done
  resolved: 'done',
  closed: 'done',
  // complaint: the service desk or the department still owes each of these steps
  apologised: 'new',
  assigned: 'new',
  contacted: 'in_progress',
  plan_review: 'in_progress',
  plan_approved: 'in_progress',
  referred: 'new',
  adopted: 'in_progress',
  // the quote waits on the owner, but the department still follows it
  quoted: 'in_progress',
  reworking: 'in_progress',
  redoing: 'in_progress',
  withdrawn: 'done',
  merged: 'done',
};

export const queueOf = (status: TicketStatus): InboxQueue => QUEUE_OF_STATUS[status];

/** The queues in which the department still owes a step, and a promise runs. */
export const OPEN_QUEUES: readonly InboxQueue[] = ['new', 'in_progress'];

/** How many requests wait in each view (the 工作台's badges). */
export interface InboxCounts {
  new: number;
  in_progress: number;
  overdue: number;
  /** escalated to the viewer (升级给我); 0 for those nothing is escalated to */
  escalated: number;
}

export type EscalationTarget = Escalation['to'];
const HIGHEST_FIRST: readonly EscalationTarget[] = ['leadership', 'manager', 'dept_head'];

/** Whose escalations this person's 升级给我 lists: the highest of leadership, manager, department head they are. */
export const escalationTargetOf = (actor: Pick<Actor, 'roles'>): EscalationTarget | undefined =>
  HIGHEST_FIRST.find((role) => actor.roles.includes(role));

/** Everyone an escalation has reached: level 2 was told to the head first. */
export function toldOf(escalation: Escalation | undefined): EscalationTarget[] {
  if (!escalation) return [];
  return escalation.level === 2 && escalation.to !== 'dept_head' ? ['dept_head', escalation.to] : [escalation.to];
}

// When a staff member is deactivated, the requests they held go back to their department's queue:
// nobody is left waiting on a person who can no longer sign in.
import type { Effect } from './commands';
import { DEPARTMENT_LABELS } from './labels';
import { actingRole } from './lifecycle';
import type { Actor, Ticket, TicketStatus } from './model';
import { DEFAULT_SETTINGS } from './settings';
import type { ServiceSettings } from './settings';
import { isUrgent, nextSla } from './sla';
import { toIso } from './time';

/** Where a held request goes: accepted ones wait to be accepted again; sent-back ones stay sent back. */
const BACK_TO_QUEUE: Partial<Record<TicketStatus, TicketStatus>> = {
  accepted: 'submitted',
  submitted: 'submitted',
  reopened: 'reopened',
  // the category flows: the department keeps the step it is at, for whoever of it acts next
  contacted: 'contacted',
  plan_review: 'plan_review',
  plan_approved: 'plan_approved',
  referred: 'referred',
  adopted: 'adopted',
};

/** Whether the request is still open and assigned to `openid` (one to hand back). */
export const isHeldBy = (ticket: Ticket, openid: string): boolean =>
  ticket.assigneeOpenid === openid && BACK_TO_QUEUE[ticket.status] !== undefined;

export function deactivationNote(personName: string, ticket: Pick<Ticket, 'department'>): string {
  return `${personName}的账号已停用，该诉求退回${DEPARTMENT_LABELS[ticket.department]}待受理队列`;
}

/**
 * The request without its assignee, back in its department's queue, with an internal note by the
 * admin who deactivated the person; a fresh promise to accept starts for the department.
 */
export function returnToQueue(
  ticket: Ticket,
  person: { openid: string; name: string },
  by: Actor,
  now: Date,
  settings: ServiceSettings = DEFAULT_SETTINGS,
): { ticket: Ticket; effects: Effect[] } {
  const to = BACK_TO_QUEUE[ticket.status];
  if (!to || ticket.assigneeOpenid !== person.openid) return { ticket, effects: [] };
  const at = toIso(now);
  const role = actingRole(ticket, by);
  const { assigneeOpenid: _released, ...rest } = ticket;
  const moved: Ticket = {
    ...rest,
    status: to,
    timeline: [
      ...ticket.timeline,
      {
        id: `e${ticket.timeline.length + 1}`,
        kind: 'noted',
        at,
        internal: true,
        text: deactivationNote(person.name, ticket),
        actor: { openid: by.openid, name: by.name, role, ...(by.department ? { department: by.department } : {}) },
      },
    ],
    updatedAt: at,
    version: ticket.version + 1,
  };
  const sla = nextSla(ticket, moved, { restart: true }, at, settings);
  const notify: Effect = {
    type: 'NOTIFY_DEPARTMENT',
    department: ticket.department,
    reason: ticket.status === 'reopened' ? 'reopened' : 'new',
    urgent: isUrgent(ticket),
  };
  return { ticket: { ...moved, ...sla.changes }, effects: [notify, ...sla.effects] };
}

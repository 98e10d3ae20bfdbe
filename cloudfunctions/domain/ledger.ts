// Closing the ledger (注销台账): a request is archived only when every step is done — it is
// finished, no return visit is open, no effect waits to be carried out, no supervision (督办)
// waits to be acknowledged. Each missing step has its own stable code.
import { DomainError, illegalTransition } from './errors';
import { actingRole } from './lifecycle';
import type { Actor, Ticket, TicketStatus } from './model';

/** Finished: closed, withdrawn by the owner, merged into another request. */
export const LEDGER_FINISHED: readonly TicketStatus[] = ['closed', 'withdrawn', 'merged'];

export interface LedgerState {
  openVisits: number;
  pendingEffects: boolean;
}

export interface LedgerBlocker {
  code: 'LEDGER_NOT_FINISHED' | 'LEDGER_VISIT_OPEN' | 'LEDGER_EFFECTS_PENDING' | 'LEDGER_SUPERVISION_OPEN';
  message: string;
}

/** What still keeps the ledger open, in the order a person would see to it. */
export function ledgerBlockers(ticket: Pick<Ticket, 'status' | 'supervision'>, state: LedgerState): LedgerBlocker[] {
  const blockers: LedgerBlocker[] = [];
  if (!LEDGER_FINISHED.includes(ticket.status)) blockers.push({ code: 'LEDGER_NOT_FINISHED', message: '诉求尚未办结' });
  if (state.openVisits > 0) blockers.push({ code: 'LEDGER_VISIT_OPEN', message: '回访尚未完成' });
  if (ticket.supervision && !ticket.supervision.acknowledgedAt)
    blockers.push({ code: 'LEDGER_SUPERVISION_OPEN', message: '督办尚未确认' });
  if (state.pendingEffects) blockers.push({ code: 'LEDGER_EFFECTS_PENDING', message: '通知等后续事项尚未完成' });
  return blockers;
}

/**
 * The request archived by `by` at `at`, or the first blocker as an error whose code names it (the
 * message names every one).
 */
export function closeLedger(ticket: Ticket, state: LedgerState, by: Actor, at: string): Ticket {
  if (ticket.archivedAt) throw illegalTransition('该诉求已注销台账');
  const blockers = ledgerBlockers(ticket, state);
  const [first] = blockers;
  if (first) throw new DomainError(first.code, `不能注销台账：${blockers.map((b) => b.message).join('、')}`);
  const role = actingRole(ticket, by);
  return {
    ...ticket,
    archivedAt: at,
    archivedBy: { openid: by.openid, name: by.name },
    timeline: [
      ...ticket.timeline,
      {
        id: `e${ticket.timeline.length + 1}`,
        kind: 'archived',
        at,
        actor: { openid: by.openid, name: by.name, role, ...(by.department ? { department: by.department } : {}) },
        internal: true,
      },
    ],
    updatedAt: at,
    version: ticket.version + 1,
  };
}

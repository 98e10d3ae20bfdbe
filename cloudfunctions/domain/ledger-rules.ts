// What keeps a request's ledger open (注销台账): every step must be done — it is finished, no
// return visit is open, no effect waits to be carried out, no supervision (督办) waits to be
// acknowledged. Each missing step has its own stable code. No lifecycle here: the app reads it too.
import type { Ticket, TicketStatus } from './model';

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

// Closing the ledger (注销台账): a request is archived only when every step is done
// (ledger-rules.ts); otherwise the first step missing is the error's code.
import { DomainError, illegalTransition } from './errors';
import { actingRole } from './lifecycle';
import { ledgerBlockers } from './ledger-rules';
import type { LedgerState } from './ledger-rules';
import type { Actor, Ticket } from './model';

export { LEDGER_FINISHED, ledgerBlockers } from './ledger-rules';
export type { LedgerBlocker, LedgerState } from './ledger-rules';

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

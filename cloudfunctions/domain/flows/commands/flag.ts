import { invalidInput } from '../../errors';
import { flagsText } from '../../labels';
import type { TicketFlags } from '../../model';
import { forLeadership, isServiceDesk } from '../../permissions';
import type { Effect } from '../../commands';
import { defineCommand } from './definition';

/** The service desk marks a complaint: compensation, against the manager, a utility cause, major. */
export const flag = defineCommand<'flag'>({
  guard: isServiceDesk,
  apply: (ticket, command) => {
    const before: TicketFlags = ticket.flags ?? {};
    const flags: TicketFlags = { ...before, ...command.flags };
    const added: TicketFlags = Object.fromEntries(
      Object.entries(command.flags).filter(([key, value]) => before[key as keyof TicketFlags] !== value),
    );
    if (Object.keys(added).length === 0) throw invalidInput('没有新的标记', 'flags');
    const effects: Effect[] =
      forLeadership({ flags }) && !forLeadership(ticket)
        ? [{ type: 'NOTIFY_STAFF', to: 'leadership', event: 'flagged', text: flagsText(flags) }]
        : [];
    return { changes: { flags }, entries: [{ kind: 'flagged', internal: true, text: flagsText(added) }], effects };
  },
});

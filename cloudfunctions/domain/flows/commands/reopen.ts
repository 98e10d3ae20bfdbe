import { isServiceDesk } from '../../permissions';
import { isUrgent } from '../../sla';
import { defineCommand } from './definition';

/** The service desk sends a closed request back to its department (an unsatisfied return visit). */
export const reopen = defineCommand<'reopen'>({
  guard: isServiceDesk,
  apply: (ticket, command) => ({
    changes: { reprocessCount: ticket.reprocessCount + 1 },
    entries: [{ kind: 'reopened', internal: false, text: command.reason }],
    effects: [
      { type: 'NOTIFY_DEPARTMENT', department: ticket.department, reason: 'reopened', urgent: isUrgent(ticket) },
      { type: 'NOTIFY_OWNER', event: 'reopened' },
    ],
  }),
});

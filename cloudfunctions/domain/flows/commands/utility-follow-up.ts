import { UTILITY_LABELS } from '../../labels';
import { defineCommand } from './definition';
import { handlerOrDesk } from './guards';

/** A cause that lies with a utility (water, power, gas, roads, telecom): marked, and the follow-up recorded. */
export const utilityFollowUp = defineCommand<'utility_follow_up'>({
  guard: handlerOrDesk,
  apply: (ticket, command) => ({
    changes: { flags: { ...ticket.flags, utility: command.utility } },
    entries: [
      { kind: 'utility_followed', internal: false, text: `${UTILITY_LABELS[command.utility]}：${command.text}` },
    ],
    effects: [{ type: 'NOTIFY_OWNER', event: 'replied' }],
  }),
});

import { illegalTransition } from '../../errors';
import { isOwnerOf } from '../../permissions';
import { defineCommand } from './definition';

/** The owner declines the quoted price: the service ends there, closed without a rating. */
export const declineQuote = defineCommand<'decline_quote'>({
  guard: isOwnerOf,
  apply: (ticket, command) => {
    if (!ticket.quote) throw illegalTransition('该诉求还没有报价');
    return {
      changes: { quote: { ...ticket.quote, state: 'declined' } },
      entries: [{ kind: 'quote_declined', internal: false, ...(command.reason ? { text: command.reason } : {}) }],
      effects: [{ type: 'NOTIFY_STAFF', to: 'handlers', department: ticket.department, event: 'quote_declined' }],
    };
  },
});

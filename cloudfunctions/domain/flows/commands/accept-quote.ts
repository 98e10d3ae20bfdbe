import { illegalTransition } from '../../errors';
import { isOwnerOf } from '../../permissions';
import { defineCommand } from './definition';

/** The owner accepts the quoted price: work may start. */
export const acceptQuote = defineCommand<'accept_quote'>({
  guard: isOwnerOf,
  apply: (ticket) => {
    if (!ticket.quote) throw illegalTransition('该诉求还没有报价');
    return {
      changes: { quote: { ...ticket.quote, state: 'accepted' } },
      entries: [{ kind: 'quote_accepted', internal: false, amountFen: ticket.quote.amountFen }],
      effects: [{ type: 'NOTIFY_STAFF', to: 'handlers', department: ticket.department, event: 'quote_accepted' }],
    };
  },
});

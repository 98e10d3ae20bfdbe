import { declineQuoteInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** Paid service: the owner declines the quoted price; the request ends. Three database requests. */
export const declineQuote = defineAction({
  schema: declineQuoteInput,
  roles: AUDIENCES.filers,
  run: (input, context) =>
    runCommand(context, input.ticketId, {
      type: 'decline_quote',
      ...(input.reason ? { reason: input.reason } : {}),
    }),
});

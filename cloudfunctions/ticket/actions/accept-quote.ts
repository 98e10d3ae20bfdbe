import { ticketRef } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** Paid service: the owner accepts the quoted price. Three database requests. */
export const acceptQuote = defineAction({
  schema: ticketRef,
  roles: AUDIENCES.filers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'accept_quote' }),
});

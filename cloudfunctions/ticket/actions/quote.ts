import { quoteInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** Paid service: the department quotes a price (in fen) and what it includes. Three database requests. */
export const quote = defineAction({
  schema: quoteInput,
  roles: AUDIENCES.handlers,
  run: (input, context) =>
    runCommand(context, input.ticketId, { type: 'quote', amountFen: input.amountFen, items: input.items }),
});

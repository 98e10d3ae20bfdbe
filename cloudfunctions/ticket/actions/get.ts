import type { TicketView } from '../../domain/api';
import { isOwnerOf } from '../../domain/permissions';
import { ticketRef } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { loadReadable } from '../command';
import { viewLogged } from '../viewed';
import { AUDIENCES } from '../../domain/roles';

/**
 * Two database requests (the caller, the ticket); three for the owner of a merged duplicate, who
 * also reads the progress of the request it follows, and for staff shown the owner's full phone
 * number (its access-log entry).
 */
export const get = defineAction({
  schema: ticketRef,
  roles: AUDIENCES.bound,
  async run(input, context): Promise<TicketView> {
    const ticket = await loadReadable(context, input.ticketId);
    const survivor =
      ticket.mergedInto && isOwnerOf(ticket, context.caller)
        ? await context.repos.tickets.get(ticket.mergedInto.id)
        : null;
    return viewLogged(context, ticket, survivor);
  },
});

import type { TicketView } from '../../domain/api';
import { ticketRef } from '../../domain/schemas';
import { toTicketView } from '../../domain/views';
import { defineAction } from '../../server/action';
import { loadReadable } from '../command';
import { ANY_BOUND } from '../roles';

export const get = defineAction({
  schema: ticketRef,
  roles: ANY_BOUND,
  async run(input, context): Promise<TicketView> {
    return toTicketView(await loadReadable(context, input.ticketId), context.caller, context.now);
  },
});

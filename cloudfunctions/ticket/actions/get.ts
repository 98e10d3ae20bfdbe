import type { TicketView } from '../../domain/api';
import { ticketRef } from '../../domain/schemas';
import { toTicketView } from '../../domain/views';
import { defineAction } from '../../server/action';
import { loadReadable } from '../command';
import { AUDIENCES } from '../../domain/roles';

export const get = defineAction({
  schema: ticketRef,
  roles: AUDIENCES.bound,
  async run(input, context): Promise<TicketView> {
    return toTicketView(await loadReadable(context, input.ticketId), context.caller, context.now);
  },
});

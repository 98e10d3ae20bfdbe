import { randomBytes } from 'crypto';
import type { TicketView } from '../../domain/api';
import { conflict } from '../../domain/errors';
import { openTicket, ticketNumber } from '../../domain/open-ticket';
import { createTicketInput } from '../../domain/schemas';
import { chinaDayKey } from '../../domain/time';
import { toTicketView } from '../../domain/views';
import { defineAction } from '../../server/action';
import { OWNERS } from '../roles';

/** Idempotent on (caller, clientRequestId): a double tap, even two concurrent calls, files one request. */
export const create = defineAction({
  schema: createTicketInput,
  roles: OWNERS,
  async run(input, { caller, now, repos }): Promise<TicketView> {
    const earlier = await repos.tickets.findByClientRequestId(caller.openid, input.clientRequestId);
    if (earlier) return toTicketView(earlier, caller, now);

    const units = await repos.places.units(caller.unitIds);
    const id = randomBytes(16).toString('hex');
    // checked before a number is handed out, so refused requests use none
    const draft = openTicket(input, { id, number: '', owner: caller, units }, now);
    const day = chinaDayKey(now);
    const ticket = { ...draft.ticket, number: ticketNumber(day, await repos.counters.next(`ticket-${day}`)) };

    if ((await repos.tickets.create(ticket, draft.effects)) === 'created') return toTicketView(ticket, caller, now);
    const winner = await repos.tickets.findByClientRequestId(caller.openid, input.clientRequestId);
    if (!winner) throw conflict();
    return toTicketView(winner, caller, now);
  },
});

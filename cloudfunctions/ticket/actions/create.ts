import { randomBytes } from 'crypto';
import type { TicketView } from '../../domain/api';
import { conflict } from '../../domain/errors';
import { openTicket, ticketNumber } from '../../domain/open-ticket';
import { AUDIENCES } from '../../domain/roles';
import { createTicketInput } from '../../domain/schemas';
import { chinaDayKey } from '../../domain/time';
import { toTicketView } from '../../domain/views';
import { defineAction } from '../../server/action';
import { serviceSettings } from '../../server/service-settings';

/**
 * Idempotent on (caller, clientRequestId): a double tap, even two concurrent calls, files one request.
 * Four database requests: the caller (whose record carries their units), the double-tap check,
 * the day's number, the insert; two more when this instance has not read the community's promise
 * settings in the last minute.
 */
export const create = defineAction({
  schema: createTicketInput,
  roles: AUDIENCES.filers,
  async run(input, { caller, now, repos }): Promise<TicketView> {
    const earlier = await repos.tickets.findByClientRequestId(caller.openid, input.clientRequestId);
    if (earlier) return toTicketView(earlier, caller, now);

    const id = randomBytes(16).toString('hex');
    // checked before a number is handed out, so refused requests use none
    const { location } = input;
    const unit = location.kind === 'unit' ? caller.units.find((u) => u.id === location.unitId) : undefined;
    const communityId = unit?.communityId ?? caller.communityId ?? caller.units[0]?.communityId;
    const settings = communityId ? await serviceSettings(repos, communityId, now) : undefined;
    const draft = openTicket(input, { id, number: '', owner: caller }, now, settings);
    const day = chinaDayKey(now);
    const ticket = { ...draft.ticket, number: ticketNumber(day, await repos.counters.next(`ticket-${day}`)) };

    if ((await repos.tickets.create(ticket, draft.effects)) === 'created') return toTicketView(ticket, caller, now);
    // a concurrent call with the same clientRequestId won the unique index
    const winner = await repos.tickets.findByClientRequestId(caller.openid, input.clientRequestId);
    if (!winner) throw conflict();
    return toTicketView(winner, caller, now);
  },
});

import { randomBytes } from 'crypto';
import type { TicketView } from '../../domain/api';
import { conflict } from '../../domain/errors';
import { openTicket, ticketNumber } from '../../domain/open-ticket';
import { AUDIENCES } from '../../domain/roles';
import { createTicketInput } from '../../domain/schemas';
import { chinaDayKey } from '../../domain/time';
import { toTicketView } from '../../domain/views';
import { defineAction } from '../../server/action';
import { dispatchRecorded } from '../../server/effects/dispatcher';
import { rulesInForce } from '../../server/routing-rules';
import { serviceSettings } from '../../server/service-settings';
import { SCENES } from '../../domain/content-check';
import { assertTextsSafe } from '../../server/content-security';
import { checkTicketPhotosLater } from '../../server/photo-checks';

/**
 * Idempotent on (caller, clientRequestId): a double tap, even two concurrent calls, files one request.
 * Four database requests: the caller (whose record carries their units), the double-tap check,
 * the day's number, the insert — and the routing rules, at most once per instance in 30 s, and the
 * community's promise settings, at most once per instance a minute; then its effects (telling the
 * department) are carried out at once.
 */
export const create = defineAction({
  schema: createTicketInput,
  roles: AUDIENCES.filers,
  async run(input, { caller, now, repos }): Promise<TicketView> {
    const [earlier, { rules }] = await Promise.all([
      repos.tickets.findByClientRequestId(caller.openid, input.clientRequestId),
      rulesInForce(repos.routingRules),
      // a risky text is refused before anything is written (CONTENT_RISKY)
      assertTextsSafe(caller.openid, SCENES.comment, ownerTexts(input), 'description'),
    ]);
    if (earlier) return toTicketView(earlier, caller, now);

    const id = randomBytes(16).toString('hex');
    // checked before a number is handed out, so refused requests use none
    const { location } = input;
    const unit = location.kind === 'unit' ? caller.units.find((u) => u.id === location.unitId) : undefined;
    const communityId = unit?.communityId ?? caller.communityId ?? caller.units[0]?.communityId;
    const settings = communityId ? await serviceSettings(repos, communityId, now) : undefined;
    const draft = openTicket(input, { id, number: '', owner: caller, rules }, now, settings);
    const day = chinaDayKey(now);
    const ticket = { ...draft.ticket, number: ticketNumber(day, await repos.counters.next(`ticket-${day}`)) };

    if ((await repos.tickets.create(ticket, draft.effects)) === 'created') {
      await dispatchRecorded(repos, now, ticket, draft.effects);
      await checkTicketPhotosLater(repos, caller.openid, ticket.id, ticket.photos, now);
      return toTicketView(ticket, caller, now);
    }
    // a concurrent call with the same clientRequestId won the unique index
    const winner = await repos.tickets.findByClientRequestId(caller.openid, input.clientRequestId);
    if (!winner) throw conflict();
    return toTicketView(winner, caller, now);
  },
});

/** What the owner wrote that others (the staff handling it) will read. */
export const ownerTexts = (input: {
  description: string;
  location: { kind: string; text?: string };
  preferredVisitTime?: string;
}): string[] => [input.description, input.location.text ?? '', input.preferredVisitTime ?? ''];

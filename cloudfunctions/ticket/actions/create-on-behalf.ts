import { createHash, randomBytes } from 'crypto';
import type { TicketView } from '../../domain/api';
import { assertAtDesk, recordOnBehalf, UNCLAIMED_PREFIX } from '../../domain/desk-intake';
import type { OnBehalfInput, OnBehalfOf } from '../../domain/desk-intake';
import { createOnBehalfInput } from '../../domain/desk-schemas';
import { conflict, DomainError, invalidInput, notFound } from '../../domain/errors';
import { ticketNumber } from '../../domain/open-ticket';
import { canRead } from '../../domain/permissions';
import { unitSummary } from '../../domain/places';
import { AUDIENCES } from '../../domain/roles';
import { chinaDayKey } from '../../domain/time';
import { toTicketView } from '../../domain/views';
import type { ActionContext } from '../../server/action';
import { defineAction } from '../../server/action';
import { dispatchRecorded } from '../../server/effects/dispatcher';
import { rulesInForce } from '../../server/routing-rules';
import { serviceSettings } from '../../server/service-settings';
import { SCENES } from '../../domain/content-check';
import { assertTextsSafe } from '../../server/content-security';
import { ownerTexts } from './create';

/**
 * The owner id of a caller with no account: fixed by the recorder and the request's random
 * clientRequestId (so a retry finds the same request), unguessable without them, and never a
 * WeChat openid (those have no ':'). See domain/desk-intake.ts.
 */
export const unclaimedOwnerId = (recorderOpenid: string, clientRequestId: string): string =>
  UNCLAIMED_PREFIX + createHash('sha256').update(`${recorderOpenid}\n${clientRequestId}`).digest('hex').slice(0, 32);

async function personOf(input: OnBehalfInput, ownerOpenid: string, { repos }: ActionContext): Promise<OnBehalfOf> {
  if (input.person.kind === 'owner') {
    const user = await repos.users.get(input.person.openid);
    if (!user || user.active === false || !user.roles.includes('owner'))
      throw invalidInput('未找到该业主账号，请重新查找或按来电人登记', 'person.openid');
    return { kind: 'owner', user };
  }
  const base = { kind: 'caller' as const, ownerOpenid, name: input.person.name, communityId: input.person.communityId };
  if (input.location.kind !== 'unit') return base;
  const unit = await repos.places.unit(input.location.unitId);
  if (!unit) throw new DomainError('NOT_FOUND', '房屋不存在');
  return { ...base, unit: unitSummary(unit) };
}

/**
 * The service desk records a request that came by phone, visit, letter … (see domain/desk-intake.ts).
 * Idempotent on (owner, clientRequestId) like `create`. Five database requests in four round
 * trips: the caller; at once the double-tap check, the owner's record (or the caller's unit) and
 * the routing rules (at most once per instance in 30 s); the day's number; the insert; then its
 * effects are carried out at once.
 */
export const createOnBehalf = defineAction({
  schema: createOnBehalfInput,
  roles: AUDIENCES.handlers,
  async run(input, context): Promise<TicketView> {
    const { caller, now, repos } = context;
    assertAtDesk(caller);
    const ownerOpenid =
      input.person.kind === 'owner' ? input.person.openid : unclaimedOwnerId(caller.openid, input.clientRequestId);
    const answer = (found: Parameters<typeof toTicketView>[0]) => {
      if (!canRead(found, caller)) throw notFound();
      return toTicketView(found, caller, now);
    };

    const [earlier, person, { rules }] = await Promise.all([
      repos.tickets.findByClientRequestId(ownerOpenid, input.clientRequestId),
      personOf(input, ownerOpenid, context),
      rulesInForce(repos.routingRules),
      assertTextsSafe(caller.openid, SCENES.comment, ownerTexts(input), 'description'),
    ]);
    if (earlier) return answer(earlier);

    const id = randomBytes(16).toString('hex');
    const { location } = input;
    const unitId = location.kind === 'unit' ? location.unitId : undefined;
    const communityId =
      person.kind === 'owner'
        ? (person.user.units.find((u) => u.id === unitId)?.communityId ??
          person.user.communityId ??
          person.user.units[0]?.communityId)
        : person.communityId;
    const settings = communityId ? await serviceSettings(repos, communityId, now) : undefined;
    const draft = recordOnBehalf(input, { id, number: '', recorder: caller, person, rules }, now, settings);
    const day = chinaDayKey(now);
    const ticket = { ...draft.ticket, number: ticketNumber(day, await repos.counters.next(`ticket-${day}`)) };

    if ((await repos.tickets.create(ticket, draft.effects)) === 'created') {
      await dispatchRecorded(repos, now, ticket, draft.effects);
      return answer(ticket);
    }
    const winner = await repos.tickets.findByClientRequestId(ownerOpenid, input.clientRequestId);
    if (!winner) throw conflict();
    return answer(winner);
  },
});

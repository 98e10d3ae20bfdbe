// PLAN_VISIT: a return visit task for the service desk (a closed complaint, a redone repair). The
// task's id is derived from the effect's key, so carrying the effect out twice writes nothing more.
// One database request; then the owner's subscription message that a visit is coming.
import { isUnclaimed } from '../../../domain/desk-intake';
import { audienceKey } from '../../../domain/messages';
import { ticketValues } from '../../../domain/subscription-messages';
import { DEFAULT_VISIT_SETTINGS, newVisit, planVisitId } from '../../../domain/visits';
import type { EffectHandler } from '../handler';
import { sendEffectMessages } from './subscription';

export const planVisit: EffectHandler<'PLAN_VISIT'> = async (effect, context) => {
  const { repos, ticket } = context;
  // the span starts when the command that asked for the visit ran, whatever the dispatcher's delay
  const planned = await repos.visits.plan(
    newVisit(ticket, effect.reason, planVisitId(effect.key), effect.at, DEFAULT_VISIT_SETTINGS),
  );
  if (isUnclaimed(ticket.ownerOpenid)) return;
  await sendEffectMessages(
    effect,
    context,
    {
      template: 'return_visit',
      audience: audienceKey.owner(ticket.ownerOpenid),
      values: ticketValues(ticket, effect, effect.at),
    },
    planned === 'created',
  );
};

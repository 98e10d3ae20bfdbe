// PLAN_VISIT: a return visit task for the service desk (a closed complaint, a redone repair). The
// task's id is derived from the effect's key, so carrying the effect out twice writes nothing more.
// One database request.
import { DEFAULT_VISIT_SETTINGS, newVisit, planVisitId } from '../../../domain/visits';
import type { EffectHandler } from '../handler';

export const planVisit: EffectHandler<'PLAN_VISIT'> = async (effect, { repos, ticket }) => {
  // the span starts when the command that asked for the visit ran, whatever the dispatcher's delay
  await repos.visits.plan(newVisit(ticket, effect.reason, planVisitId(effect.key), effect.at, DEFAULT_VISIT_SETTINGS));
};

// PLAN_VISIT: return visits are planned by their own module, which replaces this handler. Until then
// the effect fails, is retried and then parked, where an admin sees it: none is silently dropped.
import type { EffectHandler } from '../handler';

export const planVisit: EffectHandler<'PLAN_VISIT'> = async () => {
  throw new Error('no handler for PLAN_VISIT yet');
};

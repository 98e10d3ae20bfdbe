// Who may do what with surveys, and in which communities.
import { forbidden, notFound } from '../errors';
import type { Actor, Role } from '../model';
import { communitiesOf, worksIn } from '../scope';

/** create, open, close, the settings: administrators and each community's manager */
export const SURVEY_MANAGERS: readonly Role[] = ['admin', 'manager'];
/** list, results, answers that raised a problem: also the service desk and leadership */
export const SURVEY_READERS: readonly Role[] = ['admin', 'manager', 'leadership', 'receptionist'];

/** A community outside the caller's reach reads as not found, as a request of another community does. */
export function assertSurveyScope(actor: Actor, communityId: string): void {
  if (!worksIn(communitiesOf(actor), communityId)) throw notFound('问卷不存在或您无权查看');
}

export function assertManages(actor: Actor, communityId: string): void {
  assertSurveyScope(actor, communityId);
  if (!actor.roles.some((role) => SURVEY_MANAGERS.includes(role))) throw forbidden('仅管理员或项目经理可管理问卷');
}

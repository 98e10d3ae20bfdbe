// Who reads the archive, and over which communities: the service desk (receptionists and the
// 客服中心 department), managers, leadership and administrators — each over the communities they
// work for (company-wide roles: any community they name).
import type { Caller } from '../server/action';
import { forbidden, invalidInput, notFound } from '../domain/errors';
import { worksAtServiceDesk } from '../domain/permissions';
import { ROLE_TABLE } from '../domain/roles';
import { communitiesOf } from '../domain/scope';
import type { CommunityScope } from '../domain/scope';

/** The caller's reach over the archive; FORBIDDEN for anyone who has none. */
export function archiveReach(caller: Caller): CommunityScope {
  const wide = caller.roles.some((r) => ['community', 'company'].includes(ROLE_TABLE[r].reach));
  if (!wide && !worksAtServiceDesk(caller)) throw forbidden('您没有查阅档案的权限');
  const scope = communitiesOf(caller);
  if (!scope.all && scope.ids.length === 0) throw forbidden('您没有查阅档案的权限');
  return scope;
}

export const reaches = (scope: CommunityScope, communityId: string): boolean =>
  scope.all || scope.ids.includes(communityId);

/**
 * The communities a search runs over: the one named (which must be within reach), else all the
 * caller works for. Company-wide roles name one, except to find a request by its number.
 */
export function searchCommunities(
  scope: CommunityScope,
  named: string | undefined,
  byNumber: boolean,
): string[] | undefined {
  if (named) {
    if (!reaches(scope, named)) throw notFound('小区不存在或您无权查看');
    return [named];
  }
  if (!scope.all) return scope.ids;
  if (byNumber) return undefined;
  throw invalidInput('请选择小区', 'communityId');
}

// Who works return visits: the service desk (receptionists, the service department) of the
// visit's community. Anyone else — owners, other departments, other communities — is refused.
import { forbidden, DomainError } from '../domain/errors';
import { worksAtServiceDesk } from '../domain/permissions';
import { communitiesOf, worksIn } from '../domain/scope';
import type { Visit } from '../domain/visits';
import type { Caller } from '../server/action';

/** The communities whose visits the caller works; FORBIDDEN when they work none. */
export function visitCommunities(caller: Caller): string[] {
  const scope = communitiesOf(caller);
  if (!worksAtServiceDesk(caller) || scope.all || scope.ids.length === 0) throw forbidden('只有客服中心可以处理回访');
  return scope.ids;
}

/** The visit if the caller works it; another community's is simply not found. */
export function ownVisit(visit: Visit | null, caller: Caller): Visit {
  const ids = visitCommunities(caller);
  if (!visit || !worksIn({ all: false, ids }, visit.communityId))
    throw new DomainError('NOT_FOUND', '回访任务不存在或您无权查看');
  return visit;
}

// The service desk decides binding requests and unbinds sold houses: receptionists and the
// service department (客服中心), for the communities they work for; administrators, for all.
import { forbidden } from '../domain/errors';
import type { Actor } from '../domain/model';
import { ROLE_TABLE } from '../domain/roles';
import { communitiesOf } from '../domain/scope';
import type { CommunityScope } from '../domain/scope';

export function serviceDeskScope(
  actor: Pick<Actor, 'roles' | 'department' | 'communityId' | 'communityIds'>,
): CommunityScope {
  const atDesk =
    actor.roles.some((r) => ROLE_TABLE[r].serviceDesk) ||
    actor.department === 'service' ||
    actor.roles.includes('admin');
  if (!atDesk) throw forbidden('仅客服中心可处理绑定申请');
  return communitiesOf(actor);
}

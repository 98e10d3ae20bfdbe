import type { MeView } from './api';
import type { Community, Unit, User } from './model';
import { STAFF_ROLES } from './model';
import { unitLabel } from './places';

const GUEST_NAME = '微信用户';

/** `user` is null for a WeChat user the company has not bound yet. */
export function toMeView(openid: string, user: User | null, units: Unit[], community: Community | null): MeView {
  if (!user) return { openid, name: GUEST_NAME, roles: [], units: [], isStaff: false, bound: false };
  return {
    openid,
    name: user.name,
    roles: user.roles,
    ...(user.department ? { department: user.department } : {}),
    ...(community ? { community: { id: community.id, name: community.name } } : {}),
    units: units
      .filter((u) => user.unitIds.includes(u.id))
      .map((u) => ({ id: u.id, label: unitLabel(u), communityId: u.communityId })),
    isStaff: user.roles.some((r) => STAFF_ROLES.includes(r)),
    bound: user.roles.length > 0,
  };
}

import type { MeView } from './api';
import type { User } from './model';
import { AUDIENCES } from './roles';

const GUEST_NAME = '微信用户';

/** `user` is null for a WeChat user the company has not bound yet. */
export function toMeView(openid: string, user: User | null): MeView {
  if (!user) return { openid, name: GUEST_NAME, roles: [], units: [], isStaff: false, bound: false };
  return {
    openid,
    name: user.name,
    roles: user.roles,
    ...(user.department ? { department: user.department } : {}),
    ...(user.communityId && user.communityName
      ? { community: { id: user.communityId, name: user.communityName } }
      : {}),
    ...(user.communityIds?.length
      ? { communities: user.communityIds.map((id, i) => ({ id, name: user.communityNames?.[i] ?? id })) }
      : {}),
    units: user.units.map((u) => ({ id: u.id, label: u.label, communityId: u.communityId })),
    isStaff: user.roles.some((r) => AUDIENCES.staff.includes(r)),
    bound: user.roles.length > 0,
    ...(user.phone ? { phone: user.phone } : {}),
  };
}

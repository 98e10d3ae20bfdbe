// Staff: who may grant which roles to whom, and what a staff invitation is worth.
//
// Rules (enforced on the server, mirrored by the admin pages):
// - Staff join only by an invitation an admin (company-wide) or a project manager (their own
//   communities) created; no action sets a role on oneself.
// - Nobody is invited as an owner: owners bind their home with a verified phone.
// - Nobody grants more reach than they have: a project manager grants only roles that see no
//   further than a community (never leadership or admin), and only in communities they work for.
//   A company-wide admin grants any role but owner, in any community.
// - The same rules decide whom one may manage: a manager cannot change or deactivate someone whose
//   roles or communities reach beyond their own, and nobody changes or deactivates themselves.
// - An invitation is good once, until it expires or is revoked.
import { forbidden, invalidInput } from './errors';
import { DomainError } from './errors';
import type { Actor, Department, Role, User } from './model';
import { ROLE_TABLE } from './roles';
import { communitiesOf, worksIn } from './scope';

/** Roles that manage staff: invite, change, deactivate. */
export const STAFF_MANAGERS: readonly Role[] = ['admin', 'manager'];

/** Every role an invitation may carry: all but owner. */
export const INVITABLE_ROLES: readonly Role[] = (Object.keys(ROLE_TABLE) as Role[]).filter((r) => r !== 'owner');

export const DEFAULT_INVITATION_HOURS = 72;
export const MAX_INVITATION_HOURS = 30 * 24;

/** Invitation codes: letters and digits only, so the code is a valid WeChat `scene` (≤ 32 characters). */
export const INVITATION_CODE = /^[A-Za-z0-9]{8,32}$/;

/** What an invitation (or an admin's edit) gives a person. */
export interface StaffGrant {
  roles: Role[];
  department?: Department;
  communityIds: string[];
}

export interface StaffInvitation extends StaffGrant {
  /** the code: document id, share-card parameter and mini-program code `scene` */
  id: string;
  kind: 'staff';
  name: string;
  /** the first of `communityIds`, for the `kind_community` index ('' when none) */
  communityId: string;
  communityNames: string[];
  createdBy: { openid: string; name: string };
  createdAt: string;
  expiresAt: string;
  usedBy?: string;
  usedAt?: string;
  revokedAt?: string;
  /** the mini-program code image in cloud storage */
  qrFileId?: string;
}

const reachesCompany = (role: Role) => ROLE_TABLE[role].reach === 'company' || role === 'admin';

const isCompanyWide = (actor: Pick<Actor, 'roles' | 'communityId' | 'communityIds'>) => communitiesOf(actor).all;

/** The roles this manager may grant. */
export function grantableRoles(manager: Actor): Role[] {
  if (!manager.roles.some((r) => STAFF_MANAGERS.includes(r))) return [];
  if (isCompanyWide(manager)) return [...INVITABLE_ROLES];
  return INVITABLE_ROLES.filter((r) => !reachesCompany(r));
}

const HANDLING_NEEDS_DEPARTMENT = '处理诉求的岗位需要选择部门';

/** Refuses a grant that is malformed (INVALID_INPUT) or beyond the manager's reach (FORBIDDEN). */
export function checkGrant(manager: Actor, grant: StaffGrant): void {
  if (grant.roles.length === 0) throw invalidInput('请至少选择一个岗位', 'roles');
  if (grant.roles.includes('owner')) throw invalidInput('业主身份需由业主本人绑定房屋，不能邀请', 'roles');
  const grantable = grantableRoles(manager);
  if (grant.roles.some((r) => !grantable.includes(r))) throw forbidden('您不能授予超出自己权限范围的岗位');
  if (grant.roles.some((r) => ROLE_TABLE[r].handles) && !grant.department)
    throw invalidInput(HANDLING_NEEDS_DEPARTMENT, 'department');
  const companyWide = grant.roles.some(reachesCompany);
  if (!companyWide && grant.communityIds.length === 0) throw invalidInput('请至少选择一个小区', 'communityIds');
  const scope = communitiesOf(manager);
  if (grant.communityIds.some((id) => !worksIn(scope, id))) throw forbidden('您只能在自己负责的小区内授予岗位');
}

/** Whether `manager` may change, deactivate or reactivate `person`. */
export function mayManage(manager: Actor, person: Pick<User, 'openid' | 'roles' | 'communityIds' | 'communityId'>) {
  if (manager.openid === person.openid) return false;
  const grantable = grantableRoles(manager);
  if (grantable.length === 0) return false;
  if (person.roles.some((r) => r !== 'owner' && !grantable.includes(r))) return false;
  const scope = communitiesOf(manager);
  if (scope.all) return true;
  const theirs = person.communityIds ?? [];
  return theirs.length > 0 && theirs.every((id) => worksIn(scope, id));
}

/** Whether a staff member (not an owner-only record) is in the manager's sight: shares a community. */
export function seesPerson(manager: Actor, person: Pick<User, 'communityIds'>): boolean {
  const scope = communitiesOf(manager);
  return scope.all || (person.communityIds ?? []).some((id) => worksIn(scope, id));
}

export type InvitationState = 'open' | 'used' | 'revoked' | 'expired';

export function invitationState(
  invitation: Pick<StaffInvitation, 'usedBy' | 'revokedAt' | 'expiresAt'>,
  nowIso: string,
): InvitationState {
  if (invitation.usedBy) return 'used';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt <= nowIso) return 'expired';
  return 'open';
}

const REFUSALS: Record<Exclude<InvitationState, 'open'>, string> = {
  used: '该邀请已被使用，每个邀请只能使用一次，请联系管理员重新邀请',
  revoked: '该邀请已被管理员撤销，请联系管理员',
  expired: '该邀请已过期，请联系管理员重新邀请',
};

export const INVITATION_NOT_FOUND = '邀请不存在，请核对邀请码或联系管理员';

/** Throws FORBIDDEN with the reason when the invitation cannot be used now. */
export function assertUsable(invitation: StaffInvitation | null, nowIso: string): StaffInvitation {
  if (!invitation) throw new DomainError('NOT_FOUND', INVITATION_NOT_FOUND);
  const state = invitationState(invitation, nowIso);
  if (state !== 'open') throw forbidden(REFUSALS[state]);
  return invitation;
}

/**
 * The person after accepting: the invitation's roles added to what they had (an owner who also
 * works for the company keeps their home), its department and communities replacing staff ones.
 */
export function joinedUser(openid: string, existing: User | null, invitation: StaffInvitation): User {
  const ownerRoles = (existing?.roles ?? []).filter((r) => r === 'owner');
  return {
    ...(existing ?? { units: [] }),
    openid,
    name: existing?.name && existing.roles.length > 0 ? existing.name : invitation.name,
    roles: [...ownerRoles, ...invitation.roles.filter((r) => r !== 'owner')],
    ...(invitation.department ? { department: invitation.department } : {}),
    communityIds: [...invitation.communityIds],
    communityNames: [...invitation.communityNames],
    active: true,
    units: existing?.units ?? [],
  };
}

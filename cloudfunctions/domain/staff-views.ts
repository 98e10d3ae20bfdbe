// What the admin pages and the join page are answered about staff and invitations.
import type { Community, Department, Role, User } from './model';
import type { InvitationState, StaffInvitation } from './staff';
import { invitationState } from './staff';
import type { OwnerGroup } from './owner-groups';

export interface StaffMemberView {
  openid: string;
  name: string;
  roles: Role[];
  department?: Department;
  communities: Community[];
  active: boolean;
  /** whether the viewer may change or deactivate them */
  manageable?: boolean;
}

export interface InvitationView {
  code: string;
  name: string;
  roles: Role[];
  department?: Department;
  communities: Community[];
  createdAt: string;
  expiresAt: string;
  state: InvitationState;
  /** the mini-program code image in cloud storage; absent if WeChat could not make one */
  qrFileId?: string;
  /** the page a share card opens */
  sharePath: string;
}

export interface StaffFormOptions {
  roles: Role[];
  communities: Community[];
}

export interface OwnerGroupView {
  id: string;
  name: string;
  communityId: string;
  firstSeenAt: string;
}

export const JOIN_PAGE = 'pages/join/index';

const pair = (ids: readonly string[] = [], names: readonly string[] = []): Community[] =>
  ids.map((id, i) => ({ id, name: names[i] ?? id }));

export const toStaffMemberView = (user: User, manageable?: boolean): StaffMemberView => ({
  openid: user.openid,
  name: user.name,
  roles: user.roles.filter((r) => r !== 'owner'),
  ...(user.department ? { department: user.department } : {}),
  communities: pair(user.communityIds, user.communityNames),
  active: user.active !== false,
  ...(manageable !== undefined ? { manageable } : {}),
});

export const toInvitationView = (invitation: StaffInvitation, nowIso: string): InvitationView => ({
  code: invitation.id,
  name: invitation.name,
  roles: invitation.roles,
  ...(invitation.department ? { department: invitation.department } : {}),
  communities: pair(invitation.communityIds, invitation.communityNames),
  createdAt: invitation.createdAt,
  expiresAt: invitation.expiresAt,
  state: invitationState(invitation, nowIso),
  ...(invitation.qrFileId ? { qrFileId: invitation.qrFileId } : {}),
  sharePath: `/${JOIN_PAGE}?code=${invitation.id}`,
});

export const toOwnerGroupView = (group: OwnerGroup): OwnerGroupView => ({
  id: group.id,
  name: group.name,
  communityId: group.communityId,
  firstSeenAt: group.firstSeenAt,
});

/** A staff record: anyone holding a role other than owner. */
export const isStaffRecord = (user: Pick<User, 'roles'>): boolean => user.roles.some((r) => r !== 'owner');

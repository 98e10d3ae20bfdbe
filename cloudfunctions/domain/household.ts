// A home's household: the owner invites family members and tenants with a one-use code, and the
// service desk decides binding requests. Pure: ids and time come in.
import { DomainError, conflict, forbidden, notFound } from './errors';
import type { Relation, UnitSummary } from './model';
import { relationOf } from './binding';
import { toIso } from './time';

/** How long a household invitation can be used. */
export const INVITATION_DAYS = 7;

export interface HouseholdInvitation {
  /** the code itself: ≤ 32 visible characters, it becomes a WeChat `scene` */
  id: string;
  kind: 'household';
  communityId: string;
  communityName: string;
  unitId: string;
  /** the unit as the invitee's record will carry it */
  unit: UnitSummary;
  relation: Exclude<Relation, 'owner'>;
  tenancyEndsOn?: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  expiresAt: string;
  usedBy?: string;
  usedAt?: string;
}

/** One person's place in a unit: the reverse of the units a person's record carries. */
export interface Membership {
  /** `<unitId>:<openid>` */
  id: string;
  unitId: string;
  communityId: string;
  openid: string;
  name: string;
  relation: Relation;
  tenancyEndsOn?: string;
  since: string;
}

export const membershipId = (unitId: string, openid: string): string => `${unitId}:${openid}`;

export type BindingRequestStatus = 'pending' | 'approved' | 'declined';

/** A person asks the service desk to bind them to a unit the register could not confirm. */
export interface BindingRequest {
  id: string;
  openid: string;
  name: string;
  phone: string;
  /** false: a typed phone, which the service desk confirms by calling it */
  phoneVerified: boolean;
  communityId: string;
  communityName: string;
  unit: UnitSummary;
  status: BindingRequestStatus;
  createdAt: string;
  decidedAt?: string;
  decidedBy?: { openid: string; name: string };
  relation?: Relation;
  /** why it was declined, shown to the person */
  reason?: string;
  /** what the person must still be told (a later notifier sends it as a WeChat message) */
  notice?: { type: 'BINDING_DECIDED'; status: BindingRequestStatus; at: string; pending: boolean };
}

/** Only the owner of a unit manages its household. */
export function ownedUnit(units: readonly UnitSummary[], unitId: string): UnitSummary {
  const unit = units.find((u) => u.id === unitId);
  if (!unit || relationOf(unit) !== 'owner') throw notFound('房屋不存在或您不是该房屋的业主');
  return unit;
}

export function newInvitation(
  code: string,
  unit: UnitSummary,
  communityName: string,
  inviter: { openid: string; name: string },
  wanted: { relation: 'family' | 'tenant'; tenancyEndsOn?: string },
  now: Date,
): HouseholdInvitation {
  if (wanted.relation === 'tenant' && !wanted.tenancyEndsOn)
    throw new DomainError('INVALID_INPUT', '请填写租期截止日期', 'tenancyEndsOn');
  return {
    id: code,
    kind: 'household',
    communityId: unit.communityId,
    communityName,
    unitId: unit.id,
    unit: {
      id: unit.id,
      communityId: unit.communityId,
      building: unit.building,
      entrance: unit.entrance,
      room: unit.room,
      label: unit.label,
    },
    relation: wanted.relation,
    ...(wanted.relation === 'tenant' ? { tenancyEndsOn: wanted.tenancyEndsOn } : {}),
    createdBy: inviter.openid,
    createdByName: inviter.name,
    createdAt: toIso(now),
    expiresAt: toIso(new Date(now.getTime() + INVITATION_DAYS * 86_400_000)),
  };
}

export type InvitationState = 'open' | 'used' | 'expired';

export function invitationState(invitation: HouseholdInvitation, nowIso: string): InvitationState {
  if (invitation.usedBy) return 'used';
  return Date.parse(invitation.expiresAt) <= Date.parse(nowIso) ? 'expired' : 'open';
}

/** Refuses an invitation that cannot be used now: used (CONFLICT), expired (FORBIDDEN), one's own. */
export function checkInvitation(invitation: HouseholdInvitation | null, openid: string, nowIso: string) {
  if (!invitation) throw notFound('邀请不存在，请向业主确认');
  const state = invitationState(invitation, nowIso);
  if (state === 'used') throw conflict('该邀请已被使用，每个邀请只能使用一次');
  if (state === 'expired') throw forbidden('该邀请已过期，请让业主重新邀请');
  if (invitation.createdBy === openid) throw forbidden('不能接受自己发出的邀请');
  return invitation;
}

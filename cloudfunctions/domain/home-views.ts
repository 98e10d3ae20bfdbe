// What the `home` function answers: 我的's homes, household and binding requests, an invitation.
import { activeUnits, relationOf, tenancyOver } from './binding';
import type {
  BindingRequest,
  BindingRequestStatus,
  HouseholdInvitation,
  InvitationState,
  Membership,
} from './household';
import type { Relation, User } from './model';
import { maskPhone } from './views';

export interface HomeUnitView {
  id: string;
  label: string;
  communityId: string;
  relation: Relation;
  tenancyEndsOn?: string;
}

export interface HouseholdMemberView {
  openid: string;
  name: string;
  relation: Relation;
  tenancyEndsOn?: string;
  /** a tenant past their last day: no longer counted, shown so the owner can remove them */
  expired: boolean;
  isMe: boolean;
}

export interface BindingRequestView {
  id: string;
  name: string;
  /** masked for the person's own view; whole for the service desk, which calls it */
  phone: string;
  phoneVerified: boolean;
  communityName: string;
  unitId: string;
  unitLabel: string;
  status: BindingRequestStatus;
  createdAt: string;
  decidedAt?: string;
  reason?: string;
}

/** home.mine: everything 我的 shows about homes in one answer. */
export interface HomeView {
  name: string;
  /** masked (138****5678) */
  phone?: string;
  phoneVerified: boolean;
  units: HomeUnitView[];
  /** for each unit the caller owns: who lives there */
  households: Array<{ unitId: string; label: string; members: HouseholdMemberView[] }>;
  requests: BindingRequestView[];
}

export interface InvitationView {
  code: string;
  unitLabel: string;
  relation: Relation;
  tenancyEndsOn?: string;
  inviterName: string;
  expiresAt: string;
  state: InvitationState;
}

export function toBindingRequestView(request: BindingRequest, forDesk: boolean): BindingRequestView {
  return {
    id: request.id,
    name: request.name,
    phone: forDesk ? request.phone : maskPhone(request.phone),
    phoneVerified: request.phoneVerified,
    communityName: request.communityName,
    unitId: request.unit.id,
    unitLabel: request.unit.label,
    status: request.status,
    createdAt: request.createdAt,
    ...(request.decidedAt ? { decidedAt: request.decidedAt } : {}),
    ...(request.reason ? { reason: request.reason } : {}),
  };
}

export function toHomeView(
  user: Pick<User, 'openid' | 'name' | 'units' | 'phone' | 'phoneVerifiedAt'>,
  memberships: readonly Membership[],
  requests: readonly BindingRequest[],
  today: string,
): HomeView {
  const units = activeUnits(user.units, today);
  return {
    name: user.name,
    ...(user.phone ? { phone: maskPhone(user.phone) } : {}),
    phoneVerified: Boolean(user.phoneVerifiedAt),
    units: units.map((u) => ({
      id: u.id,
      label: u.label,
      communityId: u.communityId,
      relation: relationOf(u),
      ...(u.tenancyEndsOn ? { tenancyEndsOn: u.tenancyEndsOn } : {}),
    })),
    households: units
      .filter((u) => relationOf(u) === 'owner')
      .map((u) => ({
        unitId: u.id,
        label: u.label,
        members: memberships
          .filter((m) => m.unitId === u.id)
          .map((m) => ({
            openid: m.openid,
            name: m.name,
            relation: m.relation,
            ...(m.tenancyEndsOn ? { tenancyEndsOn: m.tenancyEndsOn } : {}),
            expired: tenancyOver(m, today),
            isMe: m.openid === user.openid,
          })),
      })),
    requests: requests.map((r) => toBindingRequestView(r, false)),
  };
}

export function toInvitationView(invitation: HouseholdInvitation, state: InvitationState): InvitationView {
  return {
    code: invitation.id,
    unitLabel: invitation.unit.label,
    relation: invitation.relation,
    ...(invitation.tenancyEndsOn ? { tenancyEndsOn: invitation.tenancyEndsOn } : {}),
    inviterName: invitation.createdByName,
    expiresAt: invitation.expiresAt,
    state,
  };
}

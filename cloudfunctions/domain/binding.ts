// Binding a home: who may live where, decided from the owner register, and what a person's record
// carries afterwards. Pure: the day (China time) comes in as a string.
import type { RegisterEntry } from './register';
import type { Relation, Role, UnitSummary, User } from './model';

/** "2026-11-22": the calendar day in China, the unit of tenancy ends. */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A tenancy ends at the end of its last day; owners and family never expire. */
export const tenancyOver = (unit: Pick<UnitSummary, 'tenancyEndsOn'>, today: string): boolean =>
  unit.tenancyEndsOn !== undefined && unit.tenancyEndsOn < today;

/** The units that still count today. */
export const activeUnits = (units: readonly UnitSummary[], today: string): UnitSummary[] =>
  units.filter((unit) => !tenancyOver(unit, today));

/** Who owns the unit in the record (an older record without a relation was bound as its owner). */
export const relationOf = (unit: Pick<UnitSummary, 'relation'>): Relation => unit.relation ?? 'owner';

export type BindingDecision =
  | { kind: 'bind'; relation: Relation; tenancyEndsOn?: string }
  | { kind: 'request'; reason: 'unverified_phone' | 'not_in_register' };

/**
 * A phone WeChat verified that the register lists for this unit binds at once, with the register's
 * relation. A typed phone, a phone the register does not list, or a tenancy already over becomes a
 * binding request for the service desk.
 */
export function decideBinding(
  claim: { unitId: string; phone: string; phoneVerified: boolean },
  register: readonly RegisterEntry[],
  today: string,
): BindingDecision {
  if (!claim.phoneVerified) return { kind: 'request', reason: 'unverified_phone' };
  const entry = register.find((e) => e.unitId === claim.unitId && e.phone === claim.phone && !tenancyOver(e, today));
  if (!entry) return { kind: 'request', reason: 'not_in_register' };
  return {
    kind: 'bind',
    relation: entry.relation,
    ...(entry.relation === 'tenant' && entry.tenancyEndsOn ? { tenancyEndsOn: entry.tenancyEndsOn } : {}),
  };
}

/** The unit as the person's record carries it once bound. */
export function boundUnit(unit: UnitSummary, relation: Relation, tenancyEndsOn?: string): UnitSummary {
  const { relation: _r, tenancyEndsOn: _t, ...place } = unit;
  return { ...place, relation, ...(relation === 'tenant' && tenancyEndsOn ? { tenancyEndsOn } : {}) };
}

const withRole = (roles: readonly Role[], role: Role): Role[] => (roles.includes(role) ? [...roles] : [...roles, role]);

/**
 * The person's record after binding `unit`: the unit added (or replaced, when bound again), the
 * `owner` role (the role that files), and a community when they had none.
 */
export function withUnit(
  user: User,
  unit: UnitSummary,
  community: { id: string; name: string },
): Pick<User, 'units' | 'roles' | 'communityId' | 'communityName'> {
  return {
    units: [...user.units.filter((u) => u.id !== unit.id), unit],
    roles: withRole(user.roles, 'owner'),
    communityId: user.communityId ?? community.id,
    communityName: user.communityId ? user.communityName : community.name,
  };
}

/**
 * The units after leaving one (removed from a household, a sold house). The person keeps the
 * `owner` role so they can still read the requests they filed; with no unit left they cannot file.
 */
export const withoutUnit = (user: Pick<User, 'units'>, unitId: string): UnitSummary[] =>
  user.units.filter((u) => u.id !== unitId);

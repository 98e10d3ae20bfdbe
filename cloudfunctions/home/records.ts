// Writing who lives where: the person's record (what they may file for) and the unit's membership
// (who the household and the service desk see), and the requests the service desk recorded for
// them before they had an account. The membership goes first, so a failure between
// the two leaves at worst a member the owner can remove, never a person filing for a unit nobody
// can see them in.
import { randomBytes } from 'crypto';
import { auditEntry } from '../domain/audit';
import { boundUnit, withUnit, withoutUnit } from '../domain/binding';
import { membershipId } from '../domain/household';
import type { Actor, Relation, UnitSummary, User } from '../domain/model';
import { toIso } from '../domain/time';
import type { Caller } from '../server/action';
import type { Repositories } from '../server/repositories/types';

/** The stored record of a caller (without what the handler adds). */
export function recordOf(caller: Caller): User {
  const { bound: _bound, ...user } = caller;
  return user;
}

export async function bindPerson(
  repos: Repositories,
  user: User,
  place: { unit: UnitSummary; communityName: string },
  relation: Relation,
  tenancyEndsOn: string | undefined,
  now: Date,
): Promise<User> {
  const unit = boundUnit(place.unit, relation, tenancyEndsOn);
  await repos.homes.putMembership({
    id: membershipId(unit.id, user.openid),
    unitId: unit.id,
    communityId: unit.communityId,
    openid: user.openid,
    name: user.name,
    relation,
    ...(unit.tenancyEndsOn ? { tenancyEndsOn: unit.tenancyEndsOn } : {}),
    since: toIso(now),
  });
  const after: User = { ...user, ...withUnit(user, unit, { id: unit.communityId, name: place.communityName }) };
  await repos.homes.putUser(after);
  // what the service desk recorded for this person as a caller (same unit, same phone) is theirs now
  if (after.phone) await repos.tickets.claimUnclaimed(unit.id, after.phone, after.openid);
  return after;
}

/** Takes the unit off the person's record (they keep reading what they filed) and drops the membership. */
export async function unbindPerson(repos: Repositories, openid: string, unitId: string): Promise<void> {
  const user = await repos.homes.user(openid);
  if (user && user.units.some((u) => u.id === unitId))
    await repos.homes.putUser({ ...user, units: withoutUnit(user, unitId) });
  await repos.homes.removeMemberships([membershipId(unitId, openid)]);
}

export async function audit(
  repos: Repositories,
  actor: Pick<Actor, 'openid' | 'name'>,
  action: string,
  target: { kind: string; id: string },
  change: { before?: unknown; after?: unknown; summary?: string },
  now: Date,
): Promise<void> {
  await repos.audit.record(auditEntry(randomBytes(16).toString('hex'), actor, action, target, change, toIso(now)));
}

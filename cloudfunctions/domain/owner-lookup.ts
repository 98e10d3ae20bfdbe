// The service desk's "who is calling?": the people of a unit, or those with a phone number, from
// the owner register and from the accounts bound to units. One candidate per person and unit; an
// account wins over its register line (same unit, and the same phone — or the same name when the
// account has no phone), since a request recorded for the account shows in that person's 我的.
import type { Relation, UnitSummary, User } from './model';
import type { RegisterEntry } from './register';
import type { CommunityScope } from './scope';
import { worksIn } from './scope';
import { maskPhone } from './views';

export interface OwnerCandidate {
  unitId: string;
  unitLabel: string;
  communityId: string;
  name: string;
  /** masked unless the viewer works at the service desk; empty when nobody knows it */
  phone: string;
  relation: Relation;
  /** the account bound to this unit: record for it and the owner follows the request in 我的 */
  openid?: string;
}

/** More people than this for one lookup is a data error; the list is cut there. */
export const MAX_CANDIDATES = 50;

export interface LookupSources {
  register: RegisterEntry[];
  /** accounts that may be bound to the units looked up */
  accounts: User[];
  /** labels of the register's units (accounts carry theirs) */
  labels: ReadonlyMap<string, string>;
  /** by unit: only this unit counts */
  unitId?: string;
  /** by phone: an account counts when it has this phone or matches a register line with it */
  phone?: string;
}

export function ownerCandidates(sources: LookupSources, scope: CommunityScope, unmasked: boolean): OwnerCandidate[] {
  const show = (phone: string) => (unmasked || phone === '' ? phone : maskPhone(phone));
  const wanted = (unit: Pick<UnitSummary, 'id' | 'communityId'>) =>
    worksIn(scope, unit.communityId) && (sources.unitId === undefined || unit.id === sources.unitId);

  const found: OwnerCandidate[] = [];
  const taken = new Set<string>();
  for (const account of sources.accounts) {
    if (account.active === false || !account.roles.includes('owner')) continue;
    for (const unit of account.units.filter(wanted)) {
      const line = sources.register.find(
        (r) => r.unitId === unit.id && (account.phone ? r.phone === account.phone : r.name === account.name),
      );
      if (sources.phone !== undefined && account.phone !== sources.phone && !line) continue;
      if (line) taken.add(line.id);
      found.push({
        unitId: unit.id,
        unitLabel: unit.label,
        communityId: unit.communityId,
        name: account.name,
        phone: show(account.phone ?? line?.phone ?? ''),
        relation: unit.relation ?? line?.relation ?? 'owner',
        openid: account.openid,
      });
    }
  }
  for (const line of sources.register) {
    if (taken.has(line.id) || !wanted({ id: line.unitId, communityId: line.communityId })) continue;
    found.push({
      unitId: line.unitId,
      unitLabel: sources.labels.get(line.unitId) ?? '',
      communityId: line.communityId,
      name: line.name,
      phone: show(line.phone),
      relation: line.relation,
    });
  }
  return found.slice(0, MAX_CANDIDATES);
}

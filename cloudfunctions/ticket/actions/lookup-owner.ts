import { lookupOwnerInput } from '../../domain/desk-schemas';
import { DomainError, forbidden } from '../../domain/errors';
import { ownerCandidates } from '../../domain/owner-lookup';
import type { OwnerCandidate } from '../../domain/owner-lookup';
import { hasRole, worksAtServiceDesk } from '../../domain/permissions';
import { unitLabel } from '../../domain/places';
import { AUDIENCES } from '../../domain/roles';
import { communitiesOf, worksIn } from '../../domain/scope';
import { defineAction } from '../../server/action';

/**
 * Who lives in a unit, or who has a phone number: for the service desk's 代客登记 form. Phones
 * are shown whole to the service desk only. By unit: four requests in two round trips (the unit,
 * its register lines and its memberships at once, then their accounts); by phone: five in three
 * (the register lines and the accounts with that phone; the lines' unit labels and memberships;
 * the accounts bound there, who may have no phone on record).
 */
export const lookupOwner = defineAction({
  schema: lookupOwnerInput,
  roles: AUDIENCES.deskLookup,
  async run(input, { caller, repos }): Promise<{ items: OwnerCandidate[] }> {
    const atDesk = worksAtServiceDesk(caller);
    if (!atDesk && !hasRole(caller, ...AUDIENCES.placeReaders)) throw forbidden('仅客服中心可查找业主');
    const scope = communitiesOf(caller);

    if (input.by === 'unit') {
      const [unit, register, accounts] = await Promise.all([
        repos.places.unit(input.unitId),
        repos.register.forUnit(input.unitId),
        repos.desk.accountsOfUnits([input.unitId]),
      ]);
      // a unit of another community is answered as if it did not exist
      if (!unit || !worksIn(scope, unit.communityId)) throw new DomainError('NOT_FOUND', '房屋不存在');
      const labels = new Map([[unit.id, unitLabel(unit)]]);
      return { items: ownerCandidates({ register, accounts, labels, unitId: unit.id }, scope, atDesk) };
    }

    const byPhone = await repos.desk.byPhone(input.phone);
    const register = byPhone.register.filter((line) => worksIn(scope, line.communityId));
    const unitIds = [...new Set(register.map((line) => line.unitId))];
    const [labels, housemates] = await Promise.all([repos.desk.labels(unitIds), repos.desk.accountsOfUnits(unitIds)]);
    const accounts = [
      ...byPhone.accounts,
      ...housemates.filter((h) => !byPhone.accounts.some((a) => a.openid === h.openid)),
    ];
    return { items: ownerCandidates({ register, accounts, labels, phone: input.phone }, scope, atDesk) };
  },
});

import { notFound } from '../../domain/errors';
import { unitRef } from '../../domain/home-schemas';
import { AUDIENCES } from '../../domain/roles';
import { worksIn } from '../../domain/scope';
import { defineAction } from '../../server/action';
import { audit, unbindPerson } from '../records';
import { serviceDeskScope } from '../service-desk';

/**
 * A sold house: the service desk unbinds everyone who lives there. Requests filed from it stay as
 * they are: each person keeps reading the requests they filed (listMine, get), but can no longer
 * file for the unit.
 */
export const unbindUnit = defineAction({
  schema: unitRef,
  roles: AUDIENCES.bindingDesk,
  async run({ unitId }, { caller, now, repos }): Promise<{ unbound: number }> {
    const scope = serviceDeskScope(caller);
    const place = await repos.homes.unit(unitId);
    if (!place || !worksIn(scope, place.unit.communityId)) throw notFound('房屋不存在');
    const members = await repos.homes.membershipsOf([unitId]);
    for (const member of members) await unbindPerson(repos, member.openid, unitId);
    await audit(
      repos,
      caller,
      'unit.unbind',
      { kind: 'unit', id: unitId },
      { before: members.map((m) => ({ openid: m.openid, name: m.name, relation: m.relation })), after: [] },
      now,
    );
    return { unbound: members.length };
  },
});

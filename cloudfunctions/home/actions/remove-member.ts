import { activeUnits, chinaDay } from '../../domain/binding';
import { forbidden, notFound } from '../../domain/errors';
import { removeMemberInput } from '../../domain/home-schemas';
import { ownedUnit } from '../../domain/household';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';
import { unbindPerson } from '../records';

/** The owner removes a family member or tenant from their home; owners are the service desk's to unbind. */
export const removeMember = defineAction({
  schema: removeMemberInput,
  roles: AUDIENCES.filers,
  async run({ unitId, openid }, { caller, now, repos }): Promise<{ removed: true }> {
    ownedUnit(activeUnits(caller.units, chinaDay(now)), unitId);
    if (openid === caller.openid) throw forbidden('不能移除自己');
    const member = (await repos.homes.membershipsOf([unitId])).find((m) => m.openid === openid);
    if (!member) throw notFound('该住户不存在');
    if (member.relation === 'owner') throw forbidden('业主的解绑请到物业客服中心办理');
    await unbindPerson(repos, openid, unitId);
    return { removed: true };
  },
});

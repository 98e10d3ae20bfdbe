import { activeUnits, chinaDay } from '../../domain/binding';
import { conflict } from '../../domain/errors';
import { acceptInvitationInput } from '../../domain/home-schemas';
import type { HomeUnitView } from '../../domain/home-views';
import { checkInvitation } from '../../domain/household';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { bindPerson, recordOf } from '../records';

/**
 * Joins the home of a household invitation, once: the code is claimed with one conditional
 * update, so of two people (or two taps) using it only one joins; the other answers CONFLICT.
 */
export const acceptInvitation = defineAction({
  schema: acceptInvitationInput,
  roles: 'anyone',
  async run({ code, name }, { caller, now, repos }): Promise<HomeUnitView> {
    const nowIso = toIso(now);
    const invitation = checkInvitation(await repos.homes.invitation(code), caller.openid, nowIso);
    if (activeUnits(caller.units, chinaDay(now)).some((u) => u.id === invitation.unitId))
      throw conflict('您已绑定该房屋');
    if (!(await repos.homes.claimInvitation(code, caller.openid, nowIso)))
      throw conflict('该邀请已被使用，每个邀请只能使用一次');
    const user = { ...recordOf(caller), name: caller.bound ? caller.name : name };
    await bindPerson(
      repos,
      user,
      { unit: invitation.unit, communityName: invitation.communityName },
      invitation.relation,
      invitation.tenancyEndsOn,
      now,
    );
    return {
      id: invitation.unit.id,
      label: invitation.unit.label,
      communityId: invitation.communityId,
      relation: invitation.relation,
      ...(invitation.tenancyEndsOn ? { tenancyEndsOn: invitation.tenancyEndsOn } : {}),
    };
  },
});

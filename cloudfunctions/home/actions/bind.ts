import { randomBytes } from 'crypto';
import { activeUnits, chinaDay, decideBinding } from '../../domain/binding';
import { conflict, invalidInput, notFound } from '../../domain/errors';
import { bindInput } from '../../domain/home-schemas';
import type { BindingRequestView, HomeUnitView } from '../../domain/home-views';
import { toBindingRequestView } from '../../domain/home-views';
import type { BindingRequest } from '../../domain/household';
import { unitSummary } from '../../domain/places';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { bindPerson, recordOf } from '../records';

export type BindResult = { status: 'bound'; unit: HomeUnitView } | { status: 'pending'; request: BindingRequestView };

/**
 * Binds the caller to a unit: at once when WeChat verified their phone and the register lists it
 * for that unit; otherwise as a binding request for the service desk (asked again, the pending
 * request is answered, not a second one).
 */
export const bind = defineAction({
  schema: bindInput,
  roles: 'anyone',
  async run(input, { caller, now, repos }): Promise<BindResult> {
    const today = chinaDay(now);
    if (activeUnits(caller.units, today).some((u) => u.id === input.unitId)) throw conflict('您已绑定该房屋');
    const verified = Boolean(caller.phone && caller.phoneVerifiedAt);
    const phone = verified ? caller.phone : input.phone;
    if (!phone) throw invalidInput('请填写手机号码', 'phone');

    const place = await repos.homes.unit(input.unitId);
    if (!place) throw notFound('房屋不存在');
    const unit = unitSummary(place.unit);
    const register = verified ? await repos.register.forUnit(unit.id) : [];
    const decision = decideBinding({ unitId: unit.id, phone, phoneVerified: verified }, register, today);
    // a bound person keeps the name the company knows them by
    const name = caller.bound ? caller.name : input.name;

    if (decision.kind === 'bind') {
      const user = { ...recordOf(caller), name };
      const after = await bindPerson(
        repos,
        user,
        { unit, communityName: place.community.name },
        decision.relation,
        decision.tenancyEndsOn,
        now,
      );
      const bound = after.units.find((u) => u.id === unit.id);
      return {
        status: 'bound',
        unit: {
          id: unit.id,
          label: unit.label,
          communityId: unit.communityId,
          relation: decision.relation,
          ...(bound?.tenancyEndsOn ? { tenancyEndsOn: bound.tenancyEndsOn } : {}),
        },
      };
    }

    const pending = (await repos.homes.requestsOf(caller.openid)).find(
      (r) => r.status === 'pending' && r.unit.id === unit.id,
    );
    if (pending) return { status: 'pending', request: toBindingRequestView(pending, false) };
    const request: BindingRequest = {
      id: randomBytes(16).toString('hex'),
      openid: caller.openid,
      name,
      phone,
      phoneVerified: verified,
      communityId: unit.communityId,
      communityName: place.community.name,
      unit,
      status: 'pending',
      createdAt: toIso(now),
    };
    await repos.homes.addRequest(request);
    return { status: 'pending', request: toBindingRequestView(request, false) };
  },
});

import { conflict, notFound } from '../../domain/errors';
import { decideRequestInput } from '../../domain/home-schemas';
import type { BindingRequestView } from '../../domain/home-views';
import { toBindingRequestView } from '../../domain/home-views';
import type { BindingRequest } from '../../domain/household';
import type { User } from '../../domain/model';
import { AUDIENCES } from '../../domain/roles';
import { worksIn } from '../../domain/scope';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { audit, bindPerson } from '../records';
import { serviceDeskScope } from '../service-desk';

/**
 * The service desk approves a binding request (the person is bound with the relation it confirms;
 * a typed phone counts as confirmed) or declines it with a reason the person reads in 我的. The
 * decision is written only while the request is still pending, and recorded in the audit log.
 */
export const decideRequest = defineAction({
  schema: decideRequestInput,
  roles: AUDIENCES.bindingDesk,
  async run(input, { caller, now, repos }): Promise<BindingRequestView> {
    const scope = serviceDeskScope(caller);
    const request = await repos.homes.request(input.requestId);
    if (!request || !worksIn(scope, request.communityId)) throw notFound('申请不存在');
    if (request.status !== 'pending') throw conflict('该申请已处理');
    const at = toIso(now);
    const status = input.approve ? 'approved' : 'declined';
    const relation = input.relation ?? 'owner';
    const after: BindingRequest = {
      ...request,
      status,
      decidedAt: at,
      decidedBy: { openid: caller.openid, name: caller.name },
      ...(input.approve ? { relation } : { reason: input.reason }),
      notice: { type: 'BINDING_DECIDED', status, at, pending: true },
    };
    if (!(await repos.homes.decide(after))) throw conflict('该申请已处理');

    if (input.approve) {
      const existing = await repos.homes.user(request.openid);
      const person: User = existing ?? { openid: request.openid, name: request.name, roles: [], units: [] };
      const confirmed = person.phoneVerifiedAt ? person : { ...person, phone: request.phone };
      await bindPerson(
        repos,
        confirmed,
        { unit: request.unit, communityName: request.communityName },
        relation,
        input.tenancyEndsOn,
        now,
      );
    }
    await audit(
      repos,
      caller,
      input.approve ? 'binding.approve' : 'binding.decline',
      { kind: 'binding_request', id: request.id },
      { before: { status: request.status }, after: { status, relation: after.relation, reason: after.reason } },
      now,
    );
    return toBindingRequestView(after, true);
  },
});

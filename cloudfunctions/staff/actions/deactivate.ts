import { recordAudit } from '../../server/audit';
import { conflict, forbidden, isDomainError } from '../../domain/errors';
import { returnToQueue } from '../../domain/deactivation';
import { mayManage, STAFF_MANAGERS } from '../../domain/staff';
import { personInput } from '../../domain/staff-schemas';
import { toStaffMemberView } from '../../domain/staff-views';
import type { StaffMemberView } from '../../domain/staff-views';
import { defineAction } from '../../server/action';
import { serviceSettings } from '../../server/service-settings';
import { loadStaffMember, staffFields } from '../people';
import { CANNOT_MANAGE } from './update';

/**
 * Deactivates a staff member: from their next call on, every function refuses them (the caller
 * load sees `active: false`). The open requests assigned to them go back to their department's
 * queue, each with an internal note. Database requests: the caller, the person, the conditional
 * write of their record, one indexed query of what they held, one conditional write per request,
 * the audit entry; and the promise settings of each community they held requests in, once a minute
 * per instance.
 */
export const deactivate = defineAction({
  schema: personInput,
  roles: STAFF_MANAGERS,
  async run({ openid }, context): Promise<StaffMemberView & { returnedTickets: string[] }> {
    const { caller, now, repos } = context;
    const before = await loadStaffMember(context, openid);
    if (!mayManage(caller, before)) throw forbidden(CANNOT_MANAGE);
    if (before.active === false) return { ...toStaffMemberView(before, true), returnedTickets: [] };
    const after = { ...before, active: false };
    if (!(await repos.staff.updateStaff(before, after))) throw conflict('该人员刚被他人修改，请刷新后重试');

    const returned: string[] = [];
    for (const held of await repos.tickets.heldBy(openid)) {
      const settings = await serviceSettings(repos, held.communityId, now);
      const moved = returnToQueue(held, before, caller, now, settings);
      if (moved.ticket === held) continue;
      try {
        await repos.tickets.save(held, moved.ticket, moved.effects);
        returned.push(held.number);
      } catch (error) {
        // changed meanwhile (e.g. just resolved): it is no longer waiting on them as read
        if (!isDomainError(error) || error.code !== 'CONFLICT') throw error;
      }
    }
    await recordAudit(
      context,
      'staff.deactivate',
      { kind: 'user', id: openid },
      {
        before: staffFields(before),
        after: { ...staffFields(after), returnedTickets: returned },
      },
    );
    return { ...toStaffMemberView(after, true), returnedTickets: returned };
  },
});

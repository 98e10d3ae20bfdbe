import { recordAudit } from '../../server/audit';
import { conflict, forbidden } from '../../domain/errors';
import { mayManage, STAFF_MANAGERS } from '../../domain/staff';
import { personInput } from '../../domain/staff-schemas';
import { toStaffMemberView } from '../../domain/staff-views';
import type { StaffMemberView } from '../../domain/staff-views';
import { defineAction } from '../../server/action';
import { loadStaffMember, staffFields } from '../people';
import { CANNOT_MANAGE } from './update';

/** Gives a deactivated staff member their access back, with the roles they had. */
export const reactivate = defineAction({
  schema: personInput,
  roles: STAFF_MANAGERS,
  async run({ openid }, context): Promise<StaffMemberView> {
    const { caller, repos } = context;
    const before = await loadStaffMember(context, openid);
    if (!mayManage(caller, before)) throw forbidden(CANNOT_MANAGE);
    if (before.active !== false) return toStaffMemberView(before, true);
    const after = { ...before, active: true };
    if (!(await repos.staff.updateStaff(before, after))) throw conflict('该人员刚被他人修改，请刷新后重试');
    await recordAudit(
      context,
      'staff.reactivate',
      { kind: 'user', id: openid },
      {
        before: staffFields(before),
        after: staffFields(after),
      },
    );
    return toStaffMemberView(after, true);
  },
});

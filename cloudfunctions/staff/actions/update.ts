import { recordAudit } from '../../server/audit';
import { conflict, forbidden } from '../../domain/errors';
import type { User } from '../../domain/model';
import { checkGrant, mayManage, STAFF_MANAGERS } from '../../domain/staff';
import { updateStaffInput } from '../../domain/staff-schemas';
import { toStaffMemberView } from '../../domain/staff-views';
import type { StaffMemberView } from '../../domain/staff-views';
import { defineAction } from '../../server/action';
import { communitiesNamed, loadStaffMember, staffFields } from '../people';

export const CANNOT_MANAGE = '您不能修改自己，或权限范围超出您的人员';

/** Changes a staff member's roles, department and communities (an owner keeps their home). */
export const update = defineAction({
  schema: updateStaffInput,
  roles: STAFF_MANAGERS,
  async run(input, context): Promise<StaffMemberView> {
    const { caller, repos } = context;
    const before = await loadStaffMember(context, input.openid);
    if (!mayManage(caller, before)) throw forbidden(CANNOT_MANAGE);
    checkGrant(caller, { roles: input.roles, department: input.department, communityIds: input.communityIds });
    const communities = await communitiesNamed(context, input.communityIds);
    const { department: _old, ...rest } = before;
    const after: User = {
      ...rest,
      roles: [...before.roles.filter((r) => r === 'owner'), ...input.roles],
      ...(input.department ? { department: input.department } : {}),
      communityIds: communities.map((c) => c.id),
      communityNames: communities.map((c) => c.name),
    };
    if (!(await repos.staff.updateStaff(before, after))) throw conflict('该人员刚被他人修改，请刷新后重试');
    await recordAudit(
      context,
      'staff.update',
      { kind: 'user', id: before.openid },
      {
        before: staffFields(before),
        after: staffFields(after),
      },
    );
    return toStaffMemberView(after, true);
  },
});

import { forbidden } from '../../domain/errors';
import { communitiesOf, worksIn } from '../../domain/scope';
import { mayManage, STAFF_MANAGERS } from '../../domain/staff';
import { listStaffInput } from '../../domain/staff-schemas';
import { isStaffRecord, toStaffMemberView } from '../../domain/staff-views';
import type { StaffMemberView } from '../../domain/staff-views';
import { defineAction } from '../../server/action';

/** The staff of the caller's communities (or of one of them), by department and state. */
export const list = defineAction({
  schema: listStaffInput,
  roles: STAFF_MANAGERS,
  async run(input, { caller, repos }): Promise<{ items: StaffMemberView[] }> {
    const scope = communitiesOf(caller);
    if (input.communityId && !worksIn(scope, input.communityId)) throw forbidden('您只能查看自己负责的小区');
    const communityIds = input.communityId ? [input.communityId] : scope.all ? 'all' : scope.ids;
    if (communityIds !== 'all' && communityIds.length === 0) return { items: [] };
    const people = await repos.staff.listStaff({
      communityIds,
      ...(input.department ? { department: input.department } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    });
    return {
      items: people
        .filter(isStaffRecord)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
        .map((person) => toStaffMemberView(person, mayManage(caller, person))),
    };
  },
});

import { mayManage, STAFF_MANAGERS } from '../../domain/staff';
import { personInput } from '../../domain/staff-schemas';
import { toStaffMemberView } from '../../domain/staff-views';
import type { StaffMemberView } from '../../domain/staff-views';
import { defineAction } from '../../server/action';
import { loadStaffMember } from '../people';

/** One staff member of the caller's communities, and whether the caller may change them. */
export const get = defineAction({
  schema: personInput,
  roles: STAFF_MANAGERS,
  async run({ openid }, context): Promise<StaffMemberView> {
    const person = await loadStaffMember(context, openid);
    return toStaffMemberView(person, mayManage(context.caller, person));
  },
});

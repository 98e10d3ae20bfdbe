import { grantableRoles, STAFF_MANAGERS } from '../../domain/staff';
import { noInput } from '../../domain/staff-schemas';
import type { StaffFormOptions } from '../../domain/staff-views';
import { defineAction } from '../../server/action';
import { grantableCommunities } from '../people';

/** What the caller may give people: the roles and communities the invite and edit forms offer. */
export const formOptions = defineAction({
  schema: noInput,
  roles: STAFF_MANAGERS,
  async run(_input, context): Promise<StaffFormOptions> {
    return { roles: grantableRoles(context.caller), communities: await grantableCommunities(context) };
  },
});

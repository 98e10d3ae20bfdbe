import { noInput } from '../../domain/staff-schemas';
import { toOwnerGroupView } from '../../domain/staff-views';
import type { OwnerGroupView } from '../../domain/staff-views';
import { defineAction } from '../../server/action';

/** The owner groups the calling group admin manages (known once a card is opened in them). */
export const myGroups = defineAction({
  schema: noInput,
  roles: ['group_admin'],
  async run(_input, { caller, repos }): Promise<{ items: OwnerGroupView[] }> {
    const groups = await repos.staff.groupsAdministeredBy(caller.openid);
    return { items: groups.map(toOwnerGroupView) };
  },
});

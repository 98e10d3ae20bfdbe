import { staffCreditsInput } from '../../domain/archive-schemas';
import type { StaffCreditsView } from '../../domain/archive-views';
import { summariseCredits } from '../../domain/credits';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';
import { readableStaff } from '../../server/credit-access';

/**
 * A staff member's service record: each rating credited to the round they resolved and each
 * praise credited to them, newest first, with the totals on the first page. Three database
 * requests for one's own (the caller, the totals and the page at once), four for another's.
 */
export const staffCredits = defineAction({
  schema: staffCreditsInput,
  roles: AUDIENCES.staff,
  async run(input, { caller, repos }): Promise<StaffCreditsView> {
    const staff = await readableStaff(caller, input.openid ?? caller.openid, repos);
    const [totals, page] = await Promise.all([
      input.cursor ? null : repos.archive.creditTotals(staff.openid),
      repos.archive.creditsOf(staff.openid, input),
    ]);
    return {
      staff: { openid: staff.openid, name: staff.name },
      ...(totals ? { summary: summariseCredits(totals) } : {}),
      credits: {
        ...page,
        items: page.items.map(({ staffOpenid: _staff, communityId: _community, ...credit }) => credit),
      },
    };
  },
});

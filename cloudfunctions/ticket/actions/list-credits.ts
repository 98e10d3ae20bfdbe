import type { CreditView, Page } from '../../domain/api';
import { listCreditsInput } from '../../domain/schemas';
import { toSummaryView } from '../../domain/views';
import { defineAction } from '../../server/action';
import { readableStaff } from '../../server/credit-access';
import { AUDIENCES } from '../../domain/roles';

/**
 * The praise credited to a staff member: their own (我的), or — for company-wide roles and the
 * manager of a community they work in — anyone's (the admin staff-member page). Two database
 * requests for one's own (the caller, the page), three for another's (their record).
 */
export const listCredits = defineAction({
  schema: listCreditsInput,
  roles: AUDIENCES.staff,
  async run(input, { caller, now, repos }): Promise<Page<CreditView>> {
    const { openid } = await readableStaff(caller, input.openid ?? caller.openid, repos);
    const page = await repos.tickets.listCreditedTo(openid, { cursor: input.cursor, limit: input.limit });
    return {
      ...page,
      items: page.items.map((t) => ({
        ticketId: t.id,
        number: t.number,
        summary: toSummaryView(t, now).summary,
        at: t.updatedAt,
      })),
    };
  },
});

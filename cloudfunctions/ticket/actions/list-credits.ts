import type { CreditView, Page } from '../../domain/api';
import { notFound } from '../../domain/errors';
import { hasRole } from '../../domain/permissions';
import { ROLE_TABLE } from '../../domain/roles';
import { listCreditsInput } from '../../domain/schemas';
import { communitiesOf, worksIn } from '../../domain/scope';
import { toSummaryView } from '../../domain/views';
import { defineAction } from '../../server/action';
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
    const openid = input.openid ?? caller.openid;
    if (openid !== caller.openid) {
      const companyWide = caller.roles.some((r) => ROLE_TABLE[r].reach === 'company');
      if (!companyWide) {
        const person = hasRole(caller, 'manager') ? await repos.users.get(openid) : null;
        const theirs = person ? communitiesOf(person) : { all: false as const, ids: [] };
        const shared = !theirs.all && theirs.ids.some((id) => worksIn(communitiesOf(caller), id));
        if (!shared) throw notFound('人员不存在或您无权查看');
      }
    }
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

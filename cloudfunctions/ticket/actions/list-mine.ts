import type { Page, TicketSummaryView } from '../../domain/api';
import { listMineInput } from '../../domain/schemas';
import { toSummaryView } from '../../domain/views';
import { defineAction } from '../../server/action';
import { AUDIENCES } from '../../domain/roles';

export const listMine = defineAction({
  schema: listMineInput,
  roles: AUDIENCES.filers,
  async run(input, { caller, now, repos }): Promise<Page<TicketSummaryView>> {
    const page = await repos.tickets.listByOwner(caller.openid, input.filter, {
      cursor: input.cursor,
      limit: input.limit,
    });
    return { ...page, items: page.items.map((t) => toSummaryView(t, now, 'owner')) };
  },
});

import type { InboxPage } from '../../domain/api';
import { escalationTargetOf } from '../../domain/inbox';
import { AUDIENCES } from '../../domain/roles';
import { listInboxInput } from '../../domain/schemas';
import { toIso } from '../../domain/time';
import { toSummaryView } from '../../domain/views';
import { defineAction } from '../../server/action';
import { scopeOf } from '../inbox-scope';

/** One page of a 工作台 view. Two database requests: the caller and the page. */
export const listInbox = defineAction({
  schema: listInboxInput,
  roles: AUDIENCES.staff,
  async run(input, { caller, now, repos }): Promise<InboxPage> {
    const page = await repos.tickets.listInbox(
      scopeOf(caller),
      input.view,
      toIso(now),
      { cursor: input.cursor, limit: input.limit },
      escalationTargetOf(caller),
    );
    return { ...page, items: page.items.map((t) => toSummaryView(t, now)) };
  },
});

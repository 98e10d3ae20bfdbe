import type { InboxPage } from '../../domain/api';
import { forbidden } from '../../domain/errors';
import { inboxScope } from '../../domain/permissions';
import { listInboxInput } from '../../domain/schemas';
import { toIso } from '../../domain/time';
import { toSummaryView } from '../../domain/views';
import { defineAction } from '../../server/action';
import { STAFF } from '../roles';

export const listInbox = defineAction({
  schema: listInboxInput,
  roles: STAFF,
  async run(input, { caller, now, repos }): Promise<InboxPage> {
    const scope = inboxScope(caller);
    if (!scope) throw forbidden('您还未分配到部门或小区，请联系管理员');
    const nowIso = toIso(now);
    const [page, counts] = await Promise.all([
      repos.tickets.listInbox(scope, input.view, nowIso, { cursor: input.cursor, limit: input.limit }),
      repos.tickets.countInbox(scope, nowIso),
    ]);
    return { ...page, items: page.items.map((t) => toSummaryView(t, now)), counts };
  },
});

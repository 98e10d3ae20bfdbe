import { z } from 'zod';
import type { InboxCounts } from '../../domain/api';
import { escalationTargetOf } from '../../domain/inbox';
import { AUDIENCES } from '../../domain/roles';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { scopeOf } from '../inbox-scope';

/** How many requests wait in the 工作台's views. Two database requests: the caller and one aggregate. */
export const inboxCounts = defineAction({
  schema: z.object({}).strict(),
  roles: AUDIENCES.staff,
  run: (_input, { caller, now, repos }): Promise<InboxCounts> =>
    repos.tickets.countInbox(scopeOf(caller), toIso(now), escalationTargetOf(caller)),
});

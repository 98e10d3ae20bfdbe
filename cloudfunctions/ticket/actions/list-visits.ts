import type { Page } from '../../domain/api';
import { AUDIENCES } from '../../domain/roles';
import { toIso } from '../../domain/time';
import { listVisitsInput } from '../../domain/visit-schemas';
import { toVisitView } from '../../domain/visits';
import type { VisitTaskView } from '../../domain/visits';
import { defineAction } from '../../server/action';
import { visitCommunities } from '../visit-desk';

/** The service desk's return visits: open ones due first (the overdue on top), or done ones latest first. Two requests. */
export const listVisits = defineAction({
  schema: listVisitsInput,
  roles: AUDIENCES.handlers,
  async run({ view, cursor, limit }, { caller, repos, now }): Promise<Page<VisitTaskView>> {
    const page = await repos.visits.list(visitCommunities(caller), view, { limit, ...(cursor ? { cursor } : {}) });
    const nowIso = toIso(now);
    return { ...page, items: page.items.map((v) => toVisitView(v, nowIso)) };
  },
});

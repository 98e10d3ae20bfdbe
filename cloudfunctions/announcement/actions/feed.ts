import type { Page } from '../../domain/api';
import { homeCommunities, readableBy } from '../../domain/announcements';
import { feedInput } from '../../domain/announcement-schemas';
import type { AnnouncementSummaryView } from '../../domain/announcement-views';
import { toAnnouncementSummary } from '../../domain/announcement-views';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';

/**
 * 首页's announcements: published ones of the communities where the caller lives, addressed to the
 * whole community or to a building they live in; pinned first, then newest.
 * Requests: the caller, the page (none for a person with no home).
 */
export const feed = defineAction({
  schema: feedInput,
  roles: AUDIENCES.bound,
  async run(input, { caller, repos }): Promise<Page<AnnouncementSummaryView>> {
    const communities = homeCommunities(caller.units);
    if (communities.length === 0) return { items: [] };
    const buildings = [...new Set(caller.units.map((u) => u.building))];
    const page = await repos.announcements.feed(communities, buildings, input);
    return {
      ...page,
      // a building of the same name in another of the caller's communities is not theirs here
      items: page.items.filter((a) => readableBy(a, caller.units)).map((a) => toAnnouncementSummary(a, false)),
    };
  },
});

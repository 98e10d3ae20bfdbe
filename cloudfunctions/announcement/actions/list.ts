import type { Page } from '../../domain/api';
import { ANNOUNCEMENT_WRITERS } from '../../domain/announcements';
import { listAnnouncementsInput } from '../../domain/announcement-schemas';
import type { AnnouncementSummaryView } from '../../domain/announcement-views';
import { toAnnouncementSummary } from '../../domain/announcement-views';
import { defineAction } from '../../server/action';
import { writerCommunity } from '../access';

/** The writer's list: every announcement of the community, latest change first. Requests: the caller, the page. */
export const list = defineAction({
  schema: listAnnouncementsInput,
  roles: ANNOUNCEMENT_WRITERS,
  async run(input, context): Promise<Page<AnnouncementSummaryView>> {
    const communityId = writerCommunity(context, input.communityId);
    const page = await context.repos.announcements.listForCommunity(communityId, input);
    return { ...page, items: page.items.map((a) => toAnnouncementSummary(a, true)) };
  },
});

import { ANNOUNCEMENT_WRITERS } from '../../domain/announcements';
import { announcementRef } from '../../domain/announcement-schemas';
import type { AnnouncementStatsView } from '../../domain/announcement-views';
import { toStatsView } from '../../domain/announcement-views';
import { defineAction } from '../../server/action';
import { loadForWriter } from '../access';

/** Reads in all, per building and per WeChat group. Requests: the caller, the announcement, the groups' names. */
export const stats = defineAction({
  schema: announcementRef,
  roles: ANNOUNCEMENT_WRITERS,
  async run(input, context): Promise<AnnouncementStatsView> {
    const announcement = await loadForWriter(context, input.id);
    const groups = await context.repos.announcements.groups(Object.keys(announcement.readsByGroup ?? {}));
    return toStatsView(announcement, groups);
  },
});

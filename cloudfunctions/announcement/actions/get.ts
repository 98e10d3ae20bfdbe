import { ANNOUNCEMENT_WRITERS } from '../../domain/announcements';
import { announcementRef } from '../../domain/announcement-schemas';
import type { AnnouncementView } from '../../domain/announcement-views';
import { toAnnouncementView } from '../../domain/announcement-views';
import { defineAction } from '../../server/action';
import { loadForWriter } from '../access';

/** The writer's page: every field, the hold and its reason. Requests: the caller, the announcement. */
export const get = defineAction({
  schema: announcementRef,
  roles: ANNOUNCEMENT_WRITERS,
  async run(input, context): Promise<AnnouncementView> {
    return toAnnouncementView(await loadForWriter(context, input.id), true);
  },
});

import { ANNOUNCEMENT_WRITERS, assertWithdrawable, withdrawn } from '../../domain/announcements';
import { announcementRef } from '../../domain/announcement-schemas';
import type { AnnouncementView } from '../../domain/announcement-views';
import { toAnnouncementView } from '../../domain/announcement-views';
import { defineAction } from '../../server/action';
import { loadForWriter } from '../access';

/** Owners no longer see it; a scheduled one is not published; an outage's messages stop. Requests: the caller, the announcement, the write. */
export const withdraw = defineAction({
  schema: announcementRef,
  roles: ANNOUNCEMENT_WRITERS,
  async run(input, context): Promise<AnnouncementView> {
    const before = await loadForWriter(context, input.id);
    assertWithdrawable(before);
    const after = withdrawn(before, context.now);
    await context.repos.announcements.save(before, after);
    return toAnnouncementView(after, true);
  },
});

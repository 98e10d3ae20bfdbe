import type { Announcement } from '../../domain/announcements';
import { ANNOUNCEMENT_WRITERS, assertWithdrawable } from '../../domain/announcements';
import { announcementRef } from '../../domain/announcement-schemas';
import type { AnnouncementView } from '../../domain/announcement-views';
import { toAnnouncementView } from '../../domain/announcement-views';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { loadForWriter } from '../access';

/** Owners no longer see it; a scheduled one is not published. Requests: the caller, the announcement, the write. */
export const withdraw = defineAction({
  schema: announcementRef,
  roles: ANNOUNCEMENT_WRITERS,
  async run(input, context): Promise<AnnouncementView> {
    const before = await loadForWriter(context, input.id);
    assertWithdrawable(before);
    const { publishDueAt: _due, hold: _hold, ...rest } = before;
    const after: Announcement = {
      ...rest,
      status: 'withdrawn',
      updatedAt: toIso(context.now),
      version: before.version + 1,
    };
    await context.repos.announcements.save(before, after);
    return toAnnouncementView(after, true);
  },
});

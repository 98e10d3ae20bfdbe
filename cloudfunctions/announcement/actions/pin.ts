import type { Announcement } from '../../domain/announcements';
import { ANNOUNCEMENT_WRITERS, feedRankOf } from '../../domain/announcements';
import { pinAnnouncementInput } from '../../domain/announcement-schemas';
import type { AnnouncementView } from '../../domain/announcement-views';
import { toAnnouncementView } from '../../domain/announcement-views';
import { illegalTransition } from '../../domain/errors';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { loadForWriter } from '../access';

/** Pinned ones lead the owners' feed. Requests: the caller, the announcement, the write. */
export const pin = defineAction({
  schema: pinAnnouncementInput,
  roles: ANNOUNCEMENT_WRITERS,
  async run(input, context): Promise<AnnouncementView> {
    const before = await loadForWriter(context, input.id);
    if (before.status === 'withdrawn') throw illegalTransition('该公告已撤回');
    const after: Announcement = {
      ...before,
      pinned: input.pinned,
      ...(before.feedRank && before.publishedAt ? { feedRank: feedRankOf(input.pinned, before.publishedAt) } : {}),
      updatedAt: toIso(context.now),
      version: before.version + 1,
    };
    await context.repos.announcements.save(before, after);
    return toAnnouncementView(after, true);
  },
});

import type { Announcement } from '../../domain/announcements';
import { ANNOUNCEMENT_WRITERS, assertPublishable, hold, release } from '../../domain/announcements';
import { publishAnnouncementInput } from '../../domain/announcement-schemas';
import type { AnnouncementView } from '../../domain/announcement-views';
import { toAnnouncementView } from '../../domain/announcement-views';
import { SCENES } from '../../domain/content-check';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import type { ActionContext } from '../../server/action';
import { checkTexts, submitImages } from '../../server/content-security';
import { loadForWriter } from '../access';

/**
 * Publishes now, or at `publishAt`, once WeChat's content check passes: the title and body at once
 * (msgSecCheck), each image later (mediaCheckAsync; until every verdict is in, the announcement is
 * held and the push releases it). A risky text or image holds it with the reason.
 * Requests: the caller, the announcement, (the images' check records,) the write.
 */
export const publish = defineAction({
  schema: publishAnnouncementInput,
  roles: ANNOUNCEMENT_WRITERS,
  async run(input, context): Promise<AnnouncementView> {
    const { caller, now, repos } = context;
    const before = await loadForWriter(context, input.id);
    assertPublishable(before);
    const future = input.publishAt && Date.parse(input.publishAt) > now.getTime() ? input.publishAt : undefined;
    const { publishAt: _previous, ...rest } = before;
    const intent: Announcement = { ...rest, ...(future ? { publishAt: future } : {}) };
    const after = await decide(intent, caller.openid, context);
    await repos.announcements.save(before, after);
    return toAnnouncementView(after, true);
  },
});

async function decide(a: Announcement, openid: string, { now, repos }: ActionContext): Promise<Announcement> {
  const text = await checkTexts(openid, SCENES.forum, [a.title, a.body]);
  if (text.verdict === 'risky') return hold(a, 'text_risky', now, text.label);
  if (text.verdict === 'unavailable') return hold(a, 'check_unavailable', now);
  const risky = a.images.find((img) => img.check === 'risky');
  if (risky) return hold(a, 'image_risky', now, risky.label);

  const unchecked = a.images.filter((img) => img.check === 'unchecked').map((img) => img.fileID);
  const submitted = await submitImages(openid, SCENES.forum, unchecked);
  if (submitted.length) {
    // recorded before the announcement says pending: a verdict never finds nothing to settle
    await repos.mediaChecks.add(
      submitted.map(({ fileID, traceId }) => ({
        id: traceId,
        subject: { kind: 'announcement', id: a.id },
        fileID,
        state: 'pending',
        createdAt: toIso(now),
      })),
    );
  }
  const sent = new Set(submitted.map((s) => s.fileID));
  const images = a.images.map((img) => (sent.has(img.fileID) ? { ...img, check: 'pending' as const } : img));
  const next = { ...a, images };
  if (submitted.length < unchecked.length) return hold(next, 'check_unavailable', now);
  if (images.some((img) => img.check === 'pending')) return hold(next, 'image_pending', now);
  return release(next, now);
}

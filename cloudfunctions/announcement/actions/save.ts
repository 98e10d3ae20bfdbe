import { randomBytes } from 'crypto';
import type { Announcement, AnnouncementImage } from '../../domain/announcements';
import { ANNOUNCEMENT_WRITERS, assertEditable, checkAudience } from '../../domain/announcements';
import { saveAnnouncementInput } from '../../domain/announcement-schemas';
import type { AnnouncementView } from '../../domain/announcement-views';
import { toAnnouncementView } from '../../domain/announcement-views';
import { notFound } from '../../domain/errors';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { loadForWriter, writerCommunity } from '../access';

/**
 * Creates a draft, or changes a draft or a held one (which goes back to draft: it is published
 * again, and checked again, by `publish`). Images already checked keep their verdict.
 * Requests: the caller, (the announcement,) the community's outline, the write.
 */
export const save = defineAction({
  schema: saveAnnouncementInput,
  roles: ANNOUNCEMENT_WRITERS,
  async run(input, context): Promise<AnnouncementView> {
    const { caller, now, repos } = context;
    const before = input.id ? await loadForWriter(context, input.id) : null;
    if (before) assertEditable(before);
    const communityId = before?.communityId ?? writerCommunity(context, input.communityId);
    const community = await repos.places.community(communityId);
    if (!community) throw notFound('小区不存在');
    checkAudience(
      input.audience,
      community.outline.map((b) => b.name),
    );
    const checked = new Map((before?.images ?? []).map((img) => [img.fileID, img]));
    const images: AnnouncementImage[] = input.images.map(
      (fileID) => checked.get(fileID) ?? { fileID, check: 'unchecked' },
    );
    const at = toIso(now);
    const content = {
      kind: input.kind,
      title: input.title,
      body: input.body,
      images,
      ...(input.outage ? { outage: input.outage } : {}),
      audience: input.audience,
      pinned: input.pinned,
    };
    if (before) {
      const { outage: _outage, hold: _hold, publishAt: _publishAt, ...kept } = before;
      const after: Announcement = { ...kept, ...content, status: 'draft', updatedAt: at, version: before.version + 1 };
      await repos.announcements.save(before, after);
      return toAnnouncementView(after, true);
    }
    const created: Announcement = {
      id: randomBytes(12).toString('hex'),
      communityId,
      ...content,
      status: 'draft',
      authorOpenid: caller.openid,
      authorName: caller.name,
      createdAt: at,
      updatedAt: at,
      version: 1,
      readCount: 0,
      readsByBuilding: {},
      readsByGroup: {},
    };
    await repos.announcements.insert(created);
    return toAnnouncementView(created, true);
  },
});

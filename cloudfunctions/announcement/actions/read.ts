import type { OwnerGroup } from '../../domain/owner-groups';
import { readId, readableBy, readerBuilding, writesFor } from '../../domain/announcements';
import { readAnnouncementInput } from '../../domain/announcement-schemas';
import type { AnnouncementView } from '../../domain/announcement-views';
import { toAnnouncementView } from '../../domain/announcement-views';
import { notFound } from '../../domain/errors';
import { AUDIENCES } from '../../domain/roles';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';

/** A group WeChat gives no name for: its admins recognise it by the end of its id. */
const groupName = (opengid: string) => `业主群（${opengid.slice(-4)}）`;

/**
 * An owner opens an announcement (from 首页, or from a card shared in a WeChat group: `group` is
 * the group's cloudID, which WeChat decodes into its opengid). The first open per person counts one
 * read, under their building and that group; the group becomes known to the announcement's author.
 * A writer of the community reads it as a preview (nothing counted).
 * Requests: the caller, the announcement, the read record; on a first read the count, and for a
 * group its record (two when the group is new).
 */
export const read = defineAction({
  schema: readAnnouncementInput,
  roles: AUDIENCES.bound,
  async run(input, { caller, now, repos }): Promise<AnnouncementView> {
    const announcement = await repos.announcements.get(input.id);
    if (!announcement) throw notFound('公告不存在或已撤回');
    if (!readableBy(announcement, caller.units)) {
      if (writesFor(caller, announcement.communityId)) return toAnnouncementView(announcement, true);
      throw notFound('公告不存在或已撤回');
    }
    const groupId = input.group?.data?.opengid;
    const building = readerBuilding(announcement, caller.units);
    const at = toIso(now);
    const first = await repos.announcements.addRead({
      id: readId(announcement.id, caller.openid),
      announcementId: announcement.id,
      openid: caller.openid,
      building,
      ...(groupId ? { groupId } : {}),
      at,
    });
    if (first === 'added') {
      const group: OwnerGroup | null = groupId
        ? {
            id: groupId,
            communityId: announcement.communityId,
            name: groupName(groupId),
            admins: [announcement.authorOpenid],
            firstSeenAt: at,
          }
        : null;
      await Promise.all([
        repos.announcements.countRead(announcement.id, building, groupId),
        group ? repos.announcements.knowGroup(group) : Promise.resolve(),
      ]);
    }
    return toAnnouncementView(announcement, false);
  },
});

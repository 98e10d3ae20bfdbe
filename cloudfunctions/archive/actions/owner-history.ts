import { ownerHistoryInput } from '../../domain/archive-schemas';
import { toArchiveItem } from '../../domain/archive-views';
import type { OwnerHistoryView } from '../../domain/archive-views';
import { notFound } from '../../domain/errors';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';
import { archiveReach, reaches } from '../reach';

/**
 * 业主档案: a person, their homes and every request they filed, from every channel, in the
 * communities the caller works for. Three database requests: the caller, the person and the page
 * (read at once).
 */
export const ownerHistory = defineAction({
  schema: ownerHistoryInput,
  roles: AUDIENCES.staff,
  async run(input, { caller, now, repos }): Promise<OwnerHistoryView> {
    const scope = archiveReach(caller);
    const communities = scope.all ? undefined : scope.ids;
    const [owner, page] = await Promise.all([
      repos.users.get(input.openid),
      repos.archive.search(communities, { ownerOpenid: input.openid }, input),
    ]);
    const homes = (owner?.units ?? []).filter((u) => reaches(scope, u.communityId));
    if (!owner || (homes.length === 0 && page.items.length === 0 && !input.cursor))
      throw notFound('业主不存在或您无权查看');
    return {
      owner: {
        openid: owner.openid,
        name: owner.name,
        homes: homes.map((u) => ({
          unitId: u.id,
          label: u.label,
          communityId: u.communityId,
          ...(u.relation ? { relation: u.relation } : {}),
        })),
      },
      requests: { ...page, items: page.items.map((t) => toArchiveItem(t, now)) },
    };
  },
});

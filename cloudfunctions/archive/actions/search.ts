import type { Page } from '../../domain/api';
import { searchArchiveInput } from '../../domain/archive-schemas';
import { toArchiveItem } from '../../domain/archive-views';
import type { ArchiveItemView } from '../../domain/archive-views';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';
import { archiveReach, searchCommunities } from '../reach';

/**
 * 档案查询: every request of the caller's communities, whatever its channel, status or ledger,
 * by any mix of filters, newest first. Two database requests: the caller and the page.
 */
export const search = defineAction({
  schema: searchArchiveInput,
  roles: AUDIENCES.staff,
  async run(input, { caller, now, repos }): Promise<Page<ArchiveItemView>> {
    const { cursor, limit, ...filters } = input;
    const communities = searchCommunities(archiveReach(caller), filters.communityId, Boolean(filters.number));
    const page = await repos.archive.search(communities, filters, { cursor, limit });
    return { ...page, items: page.items.map((t) => toArchiveItem(t, now)) };
  },
});

import { unitHistoryInput } from '../../domain/archive-schemas';
import { toArchiveItem } from '../../domain/archive-views';
import type { UnitHistoryView } from '../../domain/archive-views';
import { notFound } from '../../domain/errors';
import { unitLabel } from '../../domain/places';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';
import { archiveReach, reaches } from '../reach';

/**
 * 房屋档案: a unit and every request about it, whoever filed it (owners, family, tenants, callers
 * the service desk recorded). Four database requests: the caller, the unit, then its community
 * and the page at once.
 */
export const unitHistory = defineAction({
  schema: unitHistoryInput,
  roles: AUDIENCES.staff,
  async run(input, { caller, now, repos }): Promise<UnitHistoryView> {
    const scope = archiveReach(caller);
    const unit = await repos.places.unit(input.unitId);
    if (!unit || !reaches(scope, unit.communityId)) throw notFound('房屋不存在或您无权查看');
    const [community, page] = await Promise.all([
      repos.places.community(unit.communityId),
      repos.archive.search([unit.communityId], { unitId: unit.id }, input),
    ]);
    return {
      unit: {
        id: unit.id,
        label: unitLabel(unit),
        communityId: unit.communityId,
        communityName: community?.name ?? '',
      },
      requests: { ...page, items: page.items.map((t) => toArchiveItem(t, now)) },
    };
  },
});

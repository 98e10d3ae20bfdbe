import { z } from 'zod';
import type { MeView } from '../../domain/api';
import { toMeView } from '../../domain/me-view';
import { defineAction } from '../../server/action';

/** Who the caller is: roles, units, department. Answers `bound: false` for a new WeChat user. */
export const me = defineAction({
  schema: z.object({}).strict(),
  roles: 'anyone',
  async run(_input, { caller, repos }): Promise<MeView> {
    if (!caller.bound) return toMeView(caller.openid, null, [], null);
    const [units, community] = await Promise.all([
      repos.places.units(caller.unitIds),
      caller.communityId ? repos.places.community(caller.communityId) : Promise.resolve(null),
    ]);
    return toMeView(caller.openid, caller, units, community);
  },
});

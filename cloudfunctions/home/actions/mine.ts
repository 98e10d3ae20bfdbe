import { z } from 'zod';
import { activeUnits, chinaDay, relationOf } from '../../domain/binding';
import type { HomeView } from '../../domain/home-views';
import { toHomeView } from '../../domain/home-views';
import { defineAction } from '../../server/action';

/**
 * 我的's homes in one answer: the caller's phone (masked), homes with relation, the household of
 * each home they own, and their binding requests. Anyone may ask (a new user sees their requests).
 */
export const mine = defineAction({
  schema: z.object({}).strict(),
  roles: 'anyone',
  async run(_input, { caller, now, repos }): Promise<HomeView> {
    const today = chinaDay(now);
    const owned = activeUnits(caller.units, today)
      .filter((u) => relationOf(u) === 'owner')
      .map((u) => u.id);
    const [memberships, requests] = await Promise.all([
      repos.homes.membershipsOf(owned),
      repos.homes.requestsOf(caller.openid),
    ]);
    return toHomeView(caller, memberships, requests, today);
  },
});

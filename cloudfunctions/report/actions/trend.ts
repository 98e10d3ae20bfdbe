// The 12 months ending with the month asked for: closed months from their snapshots (kept on first
// need), the running one counted now.
import { kpisOf } from '../../domain/figures/kpis';
import { monthKpis } from '../../domain/figures/kpis';
import { monthLabel, monthOf } from '../../domain/figures/month';
import { figuresInput } from '../../domain/figures/schemas';
import { defineAction } from '../../server/action';
import { monthSets, trendMonths } from '../../server/figures/figure-sets';
import { FIGURE_READERS, reportScope } from '../access';

export const trend = defineAction({
  schema: figuresInput,
  roles: FIGURE_READERS,
  async run(input, { caller, repos, now }) {
    const scope = await reportScope(caller, repos, input);
    const sets = await monthSets(repos, scope.communityId, trendMonths(input.month ?? monthOf(now)), now);
    return {
      ...scope,
      months: sets.map(({ set }) => {
        const k = scope.department ? monthKpis(set, scope.department) : kpisOf(set.rows);
        return {
          month: set.month,
          label: monthLabel(set.month),
          requests: k.requests,
          timeliness: k.timeliness.value,
          resolution: k.resolution.value,
          satisfaction: k.satisfaction.average,
        };
      }),
    };
  },
});

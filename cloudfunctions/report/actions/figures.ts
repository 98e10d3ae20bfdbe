// The month's figures of a community (or a department of it): one aggregate per figure set for the
// running month, the snapshot for a closed one.
import { monthKpis } from '../../domain/figures/kpis';
import { monthLabel, monthOf } from '../../domain/figures/month';
import { figuresInput } from '../../domain/figures/schemas';
import { defineAction } from '../../server/action';
import { monthSet } from '../../server/figures/figure-sets';
import { FIGURE_READERS, readableCommunities, reportScope } from '../access';

export const figures = defineAction({
  schema: figuresInput,
  roles: FIGURE_READERS,
  async run(input, { caller, repos, now }) {
    const scope = await reportScope(caller, repos, input);
    const month = input.month ?? monthOf(now);
    const [{ set, kept }, communities] = await Promise.all([
      monthSet(repos, scope.communityId, month, now),
      readableCommunities(caller, repos),
    ]);
    const kpis = monthKpis(set, scope.department);
    return {
      ...scope,
      month,
      monthLabel: monthLabel(month),
      asOf: set.asOf,
      kept,
      empty: kpis.requests === 0 && kpis.visitCoverage.denominator === 0,
      kpis,
      communities,
    };
  },
});

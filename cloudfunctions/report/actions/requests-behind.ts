// The requests behind a figure of a month, newest first, a page at a time: the figure's own `$match`.
import { drillCondition, drillLabel } from '../../domain/figures/drill';
import { monthRange } from '../../domain/figures/month';
import { requestsBehindInput } from '../../domain/figures/schemas';
import { toIso } from '../../domain/time';
import { toSummaryView } from '../../domain/views';
import { defineAction } from '../../server/action';
import { SATISFIED_ABOVE } from '../../server/figures/figure-sets';
import { FIGURE_READERS, reportScope } from '../access';

const PAGE = 20;

export const requestsBehind = defineAction({
  schema: requestsBehindInput,
  roles: FIGURE_READERS,
  async run(input, { caller, repos, now }) {
    const scope = await reportScope(caller, repos, input);
    const condition = drillCondition(input.figure, toIso(now), SATISFIED_ABOVE, scope.department);
    const page = await repos.figures.requestsBehind(scope.communityId, monthRange(input.month), condition, {
      limit: input.limit ?? PAGE,
      ...(input.cursor ? { cursor: input.cursor } : {}),
    });
    return {
      title: drillLabel(input.figure),
      items: page.items.map((t) => toSummaryView(t, now)),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  },
});

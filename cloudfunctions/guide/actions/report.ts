import { chinaMonth, deflectionReport, monthBounds } from '../../domain/guide';
import type { DeflectionReport } from '../../domain/guide';
import { deflectionReportInput } from '../../domain/guide-schemas';
import { defineAction } from '../../server/action';
import { REPORT_READERS, assertWorksIn } from '../access';

/**
 * The share of a month's consultations the FAQ answered: "这解决了我的问题" against consultations
 * filed (by any channel), with how often answers were shown and the questions that solved most.
 * Four requests, three at once: the caller; the month's counts, the consultations filed (a count
 * over the index `community_category_created`) and the guide (for the questions' words).
 */
export const deflection = defineAction({
  schema: deflectionReportInput,
  roles: REPORT_READERS,
  async run({ communityId, month: asked }, context): Promise<DeflectionReport> {
    assertWorksIn(context, communityId);
    const month = asked ?? chinaMonth(context.now);
    const { repos } = context;
    const { from, to } = monthBounds(month);
    const [stats, filed, guide] = await Promise.all([
      repos.guides.monthStats(communityId, month),
      repos.guides.consultationsFiled(communityId, from, to),
      repos.guides.load(communityId),
    ]);
    return deflectionReport(communityId, month, stats, filed, guide?.faqs ?? []);
  },
});

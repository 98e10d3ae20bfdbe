// At each month's turn, keeps last month's figures of every community (figure_snapshots); once a
// complaint summary period has closed (the 20th by default), makes each community's 投诉情况月汇总表
// and tells its manager. Both are idempotent: a kept snapshot is never counted again, a made
// summary never made again by the timer, and the manager's message has a fixed id.
// Database requests: none once this instance has done the period and the month; otherwise 1 (the
// communities) + 1 (the snapshots) + 1 (the summaries) and, for what is missing, 3 aggregates and a
// write per snapshot, and per summary its complaints, the record and the message.
import { latestClosedPeriod } from '../../domain/figures/complaint-summary';
import type { SummarySettings } from '../../domain/figures/complaint-summary';
import { DEFAULT_SUMMARY_SETTINGS } from '../../domain/figures/complaint-summary';
import { monthOf, shiftMonth } from '../../domain/figures/month';
import { makeComplaintSummary, tellManager } from '../../server/figures/complaint-summaries';
import { monthSets } from '../../server/figures/figure-sets';
import { summaryId } from '../../server/repositories/cloud-figures';
import type { Job, JobReport } from '../../server/timer-handler';

export function figuresJob(settings: SummarySettings = DEFAULT_SUMMARY_SETTINGS): Job {
  /** The last month and summary period this instance saw done: later runs read nothing. */
  let done = '';
  return {
    name: 'figures',
    async run({ repos, now, deadline }): Promise<JobReport> {
      const month = shiftMonth(monthOf(now), -1);
      const period = latestClosedPeriod(now, settings);
      const marker = `${month}|${period.key}`;
      if (done === marker) return { snapshots: 0, summaries: 0 };
      const communities = await repos.places.communities();
      let snapshots = 0;
      for (const c of communities) {
        if (Date.now() > deadline) return { snapshots, summaries: 0, unfinished: 1 };
        const [figures] = await monthSets(repos, c.id, [month], now);
        if (!figures.kept) snapshots += 1;
      }
      const kept = await repos.figures.summaries(communities.map((c) => summaryId(c.id, period.key)));
      let summaries = 0;
      for (const c of communities.filter((x) => !kept.includes(summaryId(x.id, period.key)))) {
        if (Date.now() > deadline) return { snapshots, summaries, unfinished: 1 };
        const record = await makeComplaintSummary(repos, c, period, now);
        await tellManager(repos, record, now);
        summaries += 1;
      }
      done = marker;
      return { snapshots, summaries };
    },
  };
}

// 投诉情况月汇总表 on demand: make (or make again) a period's workbook, or read the one kept; both
// answer a temporary download link.
import { notFound } from '../../domain/errors';
import { latestClosedPeriod, summaryPeriod } from '../../domain/figures/complaint-summary';
import { summaryInput } from '../../domain/figures/schemas';
import { defineAction } from '../../server/action';
import { downloadLink, makeComplaintSummary } from '../../server/figures/complaint-summaries';
import { summaryId } from '../../server/repositories/cloud-figures';
import { SUMMARY_READERS, readableCommunities, reportScope } from '../access';

export const makeSummary = defineAction({
  schema: summaryInput,
  roles: SUMMARY_READERS,
  async run(input, { caller, repos, now }) {
    const { communityId } = await reportScope(caller, repos, input);
    const period = input.period ? summaryPeriod(input.period) : latestClosedPeriod(now);
    const community = (await readableCommunities(caller, repos)).find((c) => c.id === communityId);
    if (!community) throw notFound('小区不存在或您无权查看');
    const record = await makeComplaintSummary(repos, community, period, now);
    return { ...record, url: await downloadLink(record.fileID) };
  },
});

export const summary = defineAction({
  schema: summaryInput,
  roles: SUMMARY_READERS,
  async run(input, { caller, repos, now }) {
    const { communityId } = await reportScope(caller, repos, input);
    const period = input.period ? summaryPeriod(input.period) : latestClosedPeriod(now);
    const record = await repos.figures.summary(summaryId(communityId, period.key));
    if (!record) return { communityId, period, record: null };
    return { communityId, period, record: { ...record, url: await downloadLink(record.fileID) } };
  },
});

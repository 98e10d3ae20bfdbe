// Making the complaint summary of a period: the complaints filed in it (keyset pages), the sections
// (domain/figures/complaint-summary.ts), the workbook kept in cloud storage, its record, and a
// message to the community's manager written once (its id is the community and period).
import { complaintSummary } from '../../domain/figures/complaint-summary';
import type { SummaryPeriod } from '../../domain/figures/complaint-summary';
import { audienceKey } from '../../domain/messages';
import { toIso } from '../../domain/time';
import { wxCloud } from '../cloud';
import { summaryId } from '../repositories/cloud-figures';
import type { SummaryRecord } from '../repositories/cloud-figures';
import type { Repositories } from '../repositories/types';
import { complaintWorkbook } from './complaint-workbook';
import { SATISFIED_ABOVE } from './figure-sets';

export const summaryFileName = (communityName: string, period: SummaryPeriod) =>
  `${communityName}投诉情况月汇总表（${period.label}）.xlsx`;

/** Where the 报表 page shows a period's summary; a message about it opens this. */
export const summaryLink = (communityId: string, period: string) =>
  `/staff/pages/reports/index?communityId=${encodeURIComponent(communityId)}&summary=${period}`;

export async function makeComplaintSummary(
  repos: Repositories,
  community: { id: string; name: string },
  period: SummaryPeriod,
  now: Date,
): Promise<SummaryRecord> {
  const complaints = await repos.figures.complaints(community.id, period.start, period.end);
  const summary = complaintSummary(complaints, {
    communityId: community.id,
    communityName: community.name,
    period,
    now,
    satisfiedAbove: SATISFIED_ABOVE,
  });
  const fileName = summaryFileName(community.name, period);
  const uploaded = await wxCloud().uploadFile({
    cloudPath: `reports/complaints/${community.id}/${period.key}.xlsx`,
    fileContent: await complaintWorkbook(summary),
  });
  const record: SummaryRecord = {
    id: summaryId(community.id, period.key),
    communityId: community.id,
    period,
    totals: summary.totals,
    fileID: uploaded.fileID,
    fileName,
    madeAt: toIso(now),
  };
  await repos.figures.keepSummary(record);
  return record;
}

/** Tells the manager a summary is ready: one message per community and period, however often it is made. */
export async function tellManager(
  repos: Repositories,
  record: SummaryRecord,
  now: Date,
): Promise<'added' | 'duplicate'> {
  const t = record.totals;
  return repos.messages.add({
    id: `summary-${record.communityId}-${record.period.key}`,
    audience: audienceKey.role(record.communityId, 'manager'),
    kind: 'COMPLAINT_SUMMARY',
    ticketId: '',
    ticketNumber: '',
    title: `投诉情况月汇总表已生成（${record.period.label}）`,
    body: `投诉${t.complaints}件，按时处理${t.onTime}件，满意${t.satisfied}件，未结${t.open}件，请审阅`,
    link: summaryLink(record.communityId, record.period.key),
    createdAt: toIso(now),
    readBy: [],
  });
}

/** A temporary download link for a kept workbook. */
export async function downloadLink(fileID: string): Promise<string> {
  const answer = (await wxCloud().getTempFileURL({ fileList: [fileID] })) as {
    fileList: Array<{ tempFileURL?: string; errMsg?: string }>;
  };
  const link = answer.fileList[0];
  if (!link?.tempFileURL) throw new Error(`no download link for ${fileID}: ${link?.errMsg ?? ''}`);
  return link.tempFileURL;
}

import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { Page, TicketSummaryView } from '@domain/api';
import { PageShell } from '../../../components/PageShell';
import { TicketList } from '../../../components/TicketList';
import { usePagedList } from '../../../hooks/usePagedList';
import { reportApi } from '../../services/report-api';

const PAGE_SIZE = 20;

/** 指标明细: the requests behind a figure of 报表 (the same month, community and figure), newest first. */
export default function ReportRequestsPage() {
  const { params } = useRouter();
  const month = params.month ?? '';
  const figure = params.figure ?? 'requests';
  const communityId = params.communityId ? decodeURIComponent(params.communityId) : undefined;
  const [title, setTitle] = useState('');
  const list = usePagedList<TicketSummaryView, Page<TicketSummaryView> & { title: string }>(async (cursor) => {
    const answer = await reportApi.requestsBehind({
      month,
      figure,
      limit: PAGE_SIZE,
      ...(communityId ? { communityId } : {}),
      ...(cursor ? { cursor } : {}),
    });
    if (answer.ok) setTitle(answer.data.title);
    return answer;
  });
  const { reload } = list;
  useEffect(() => void reload(), [reload]);
  return (
    <PageShell
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText="该指标下没有诉求"
      header={title ? <Text id="drill-title" className="report-title">{`${month} · ${title}`}</Text> : undefined}
    >
      <TicketList list={list} reader="staff" />
    </PageShell>
  );
}

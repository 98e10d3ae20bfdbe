import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button } from '@tarojs/components';
import type { TicketSummaryView } from '@domain/api';
import { Chips } from '../../components/Chips';
import { PageShell } from '../../components/PageShell';
import { TicketList } from '../../components/TicketList';
import { useOnChange } from '../../hooks/useOnChange';
import { usePagedList } from '../../hooks/usePagedList';
import { ticketApi } from '../../services/api/ticket';

type Filter = 'all' | 'open' | 'done';

export default function MinePage() {
  const [filter, setFilter] = useState<Filter>('all');
  const list = usePagedList<TicketSummaryView>((cursor) => ticketApi.listMine({ filter, cursor, limit: 20 }));

  useDidShow(() => void list.refresh());
  usePullDownRefresh(() => void list.refresh().then(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());

  useOnChange(filter, () => void list.refresh());

  return (
    <PageShell
      tab="mine"
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText={filter === 'done' ? '还没有已完成的诉求' : '还没有诉求，遇到问题随时报事'}
      emptyAction={
        <Button className="button button--primary" onClick={() => Taro.switchTab({ url: '/pages/file/index' })}>
          去报事
        </Button>
      }
    >
      <Chips
        idPrefix="filter"
        items={[
          { key: 'all', text: '全部' },
          { key: 'open', text: '进行中' },
          { key: 'done', text: '已完成' },
        ]}
        value={filter}
        onChange={setFilter}
      />
      <TicketList list={list} />
    </PageShell>
  );
}

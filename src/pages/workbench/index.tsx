import { useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { InboxPage, TicketSummaryView } from '@domain/api';
import type { InboxView } from '@domain/schemas';
import { DEPARTMENT_LABELS, ROLE_LABELS } from '@domain/labels';
import { Chips } from '../../components/Chips';
import { PageShell } from '../../components/PageShell';
import { TicketList } from '../../components/TicketList';
import { useMe } from '../../hooks/useMe';
import { useOnChange } from '../../hooks/useOnChange';
import { usePagedList } from '../../hooks/usePagedList';
import { ticketApi } from '../../services/api/ticket';

const EMPTY_TEXT: Record<InboxView, string> = {
  new: '没有待受理的诉求',
  in_progress: '没有处理中的诉求',
  overdue: '没有超时的诉求，继续保持',
  done: '还没有已办结的诉求',
};

function Inbox() {
  const [view, setView] = useState<InboxView>('new');
  const list = usePagedList<TicketSummaryView, InboxPage>((cursor) => ticketApi.listInbox({ view, cursor, limit: 20 }));
  const counts = list.last?.counts;

  // mounted once the caller is known, often after the page's first show: load now, and on every show
  useEffect(() => void list.refresh(), []);
  useDidShow(() => void list.refresh());
  useOnChange(view, () => void list.reload());
  usePullDownRefresh(() => void list.refresh().then(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());

  return (
    <View>
      <Chips
        idPrefix="inbox"
        items={[
          { key: 'new', text: '待受理', badge: counts?.new },
          { key: 'in_progress', text: '处理中', badge: counts?.in_progress },
          { key: 'overdue', text: '已超时', badge: counts?.overdue },
          { key: 'done', text: '已办结' },
        ]}
        value={view}
        onChange={setView}
      />
      {list.error && <Text className="notice notice--danger">{list.error.message}</Text>}
      {list.loaded && list.items.length === 0 && !list.error && (
        <View className="state state--empty">
          <Text className="state__text">{EMPTY_TEXT[view]}</Text>
        </View>
      )}
      {!list.loaded && (
        <View className="state state--loading">
          <View className="spinner" />
        </View>
      )}
      <TicketList list={list} reader="staff" />
    </View>
  );
}

export default function WorkbenchPage() {
  const { me, error, loading, reload } = useMe();
  return (
    <PageShell tab="workbench" loading={loading} error={error} onRetry={reload}>
      {me && !me.isStaff && (
        <View className="state state--empty">
          <Text className="state__text">工作台仅供物业工作人员使用</Text>
        </View>
      )}
      {me?.isStaff && (
        <View>
          <View className="workbench__who">
            <Text className="workbench__name">{me.name}</Text>
            <Text className="text-muted">
              {[me.department && DEPARTMENT_LABELS[me.department], me.roles.map((role) => ROLE_LABELS[role]).join('、')].filter(Boolean).join(' ')}
            </Text>
          </View>
          <Inbox />
        </View>
      )}
    </PageShell>
  );
}

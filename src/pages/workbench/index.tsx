import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { InboxPage, MeView, TicketSummaryView } from '@domain/api';
import type { InboxView } from '@domain/schemas';
import { DEPARTMENT_LABELS, ROLE_LABELS } from '@domain/labels';
import { Chips } from '../../components/Chips';
import { MessagesLink } from '../../components/MessagesLink';
import { PageShell } from '../../components/PageShell';
import { SubscribeReminders } from '../../components/SubscribeReminders';
import { TicketList } from '../../components/TicketList';
import { useInboxCounts } from '../../hooks/useInboxCounts';
import { useMe } from '../../hooks/useMe';
import { useTabList } from '../../hooks/useTabList';
import { ticketApi } from '../../services/api/ticket';

const EMPTY_TEXT: Record<InboxView, string> = {
  new: '没有待受理的诉求',
  in_progress: '没有处理中的诉求',
  overdue: '没有超时的诉求，继续保持',
  escalated: '没有升级给您的诉求',
  done: '还没有已办结的诉求',
};

/** Receptionists and the service department decide binding requests (the server checks it too). */
const atServiceDesk = (me: MeView) => me.roles.includes('receptionist') || me.department === 'service';

/** The service desk, managers, leadership and administrators search the archive (the server checks it too). */
const readsArchive = (me: MeView) =>
  atServiceDesk(me) || me.roles.some((role) => role === 'manager' || role === 'leadership' || role === 'admin');

/** Department heads, managers and leadership receive escalations (升级给我). */
const receivesEscalations = (me: MeView) =>
  me.roles.some((role) => role === 'dept_head' || role === 'manager' || role === 'leadership');

/** Managers, department heads, leadership and administrators read 报表. */
const readsFigures = (me: MeView) =>
  me.roles.some((role) => role === 'dept_head' || role === 'manager' || role === 'leadership' || role === 'admin');

function Inbox({ me }: { me: MeView }) {
  const [view, setView] = useState<InboxView>('new');
  const list = useTabList<TicketSummaryView, InboxPage>(view, (cursor) =>
    ticketApi.listInbox({ view, cursor, limit: 20 }),
  );
  const { counts, error: countsError } = useInboxCounts();

  return (
    <PageShell
      tab="workbench"
      header={
        <View>
          <View className="workbench__who">
            <Text className="workbench__name">{me.name}</Text>
            <Text className="text-muted">
              {[me.department && DEPARTMENT_LABELS[me.department], me.roles.map((role) => ROLE_LABELS[role]).join('、')]
                .filter(Boolean)
                .join(' ')}
            </Text>
          </View>
          <Chips
            idPrefix="inbox"
            items={[
              { key: 'new', text: '待受理', badge: counts?.new },
              { key: 'in_progress', text: '处理中', badge: counts?.in_progress },
              { key: 'overdue', text: '已超时', badge: counts?.overdue },
              ...(receivesEscalations(me)
                ? [{ key: 'escalated' as const, text: '升级给我', badge: counts?.escalated }]
                : []),
              { key: 'done' as const, text: '已办结' },
            ]}
            value={view}
            onChange={setView}
          />
          {countsError && <Text className="notice notice--danger">{countsError.message}</Text>}
          <MessagesLink />
          <SubscribeReminders />
          {atServiceDesk(me) && (
            <Text
              id="go-desk-intake"
              className="notice notice--warn"
              onClick={() => void Taro.navigateTo({ url: '/pages/desk-intake/index' })}
            >
              代客登记（电话、来访、信函…） ›
            </Text>
          )}
          {atServiceDesk(me) && (
            <Text
              id="go-binding-requests"
              className="notice notice--warn"
              onClick={() => void Taro.navigateTo({ url: '/pages/bind-requests/index' })}
            >
              绑定申请审核 ›
            </Text>
          )}
          {readsArchive(me) && (
            <Text
              id="go-archive"
              className="notice notice--warn"
              onClick={() => void Taro.navigateTo({ url: '/staff/pages/archive/index' })}
            >
              档案查询（按电话、关键词、编号…） ›
            </Text>
          )}
          {readsFigures(me) && (
            <Text
              id="go-reports"
              className="notice notice--warn"
              onClick={() => void Taro.navigateTo({ url: '/staff/pages/reports/index' })}
            >
              报表 ›
            </Text>
          )}
          {atServiceDesk(me) && (
            <Text
              id="go-visits"
              className="notice notice--warn"
              onClick={() => void Taro.navigateTo({ url: '/pages/visits/index' })}
            >
              回访任务 ›
            </Text>
          )}
          <Text
            id="go-logbook"
            className="notice notice--warn"
            onClick={() => void Taro.navigateTo({ url: '/staff/pages/logbook/index' })}
          >
            登记簿（重大事件、失物招领） ›
          </Text>
        </View>
      }
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText={EMPTY_TEXT[view]}
    >
      {list.error && <Text className="notice notice--danger">{list.error.message}</Text>}
      <TicketList list={list} reader="staff" />
    </PageShell>
  );
}

export default function WorkbenchPage() {
  const { me, error, loading, reload } = useMe();
  if (me?.isStaff) return <Inbox me={me} />;
  return (
    <PageShell
      tab="workbench"
      loading={loading}
      error={error}
      onRetry={reload}
      empty={!!me}
      emptyText="工作台仅供物业工作人员使用"
    />
  );
}

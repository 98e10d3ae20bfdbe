import { useRef, useState } from 'react';
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { MeView, TicketSummaryView } from '@domain/api';
import { DEPARTMENT_LABELS, ROLE_LABELS } from '@domain/labels';
import { Chips } from '../../components/Chips';
import { MessagesLink } from '../../components/MessagesLink';
import { MyHomes } from '../../components/MyHomes';
import { CreditsCard } from '../../components/CreditsCard';
import { RatingsCard } from '../../components/RatingsCard';
import { NotBound } from '../../components/NotBound';
import { OpenSurveys } from '../../components/OpenSurveys';
import { PageShell } from '../../components/PageShell';
import { TicketList } from '../../components/TicketList';
import { useMe } from '../../hooks/useMe';
import { invitationToShare, useHousehold } from '../../hooks/useHousehold';
import { useTabList } from '../../hooks/useTabList';
import { ticketApi } from '../../services/api/ticket';
import { isH5 } from '../../services/platform';
import { ADMIN_ROOT, sectionsFor } from '../../admin/sections';

type Filter = 'all' | 'open' | 'done';

const EMPTY_TEXT: Record<Filter, string> = {
  all: '还没有诉求，遇到问题随时报事',
  open: '没有进行中的诉求',
  done: '还没有已完成的诉求',
};

/** My homes, households and binding requests, fresh each time 我的 shows. */
function Homes({ me, offerBind = true }: { me: MeView; offerBind?: boolean }) {
  const { home, invite, remove } = useHousehold(`mine:${me.openid}`);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void home.reload();
    shown.current = true;
  });
  if (!home.data) return home.error ? <Text className="notice notice--danger">{home.error.message}</Text> : null;
  return (
    <MyHomes
      home={home.data}
      offerBind={offerBind}
      onInvite={(unitId, label, relation, tenancyEndsOn) =>
        invite({ unitId, relation, ...(tenancyEndsOn ? { tenancyEndsOn } : {}) }, label)
      }
      onRemove={(unitId, openid, name) => void remove(unitId, openid, name)}
    />
  );
}

function MyRequests({ me }: { me: MeView }) {
  const [filter, setFilter] = useState<Filter>('all');
  const list = useTabList<TicketSummaryView>(filter, (cursor) => ticketApi.listMine({ filter, cursor, limit: 20 }));

  return (
    <PageShell
      tab="mine"
      header={
        <View>
          <MessagesLink />
          <OpenSurveys openid={me.openid} />
          <Homes me={me} />
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
        </View>
      }
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText={EMPTY_TEXT[filter]}
      emptyAction={
        filter === 'all' && (
          <Button className="button button--primary" onClick={() => Taro.switchTab({ url: '/pages/file/index' })}>
            去报事
          </Button>
        )
      }
    >
      {list.error && <Text className="notice notice--danger">{list.error.message}</Text>}
      <TicketList list={list} reader="owner" />
    </PageShell>
  );
}

/** 我的 for someone with no home of their own here: who they are, and where their work is. */
function Profile({ me }: { me: MeView }) {
  const roles = me.roles.map((role) => ROLE_LABELS[role]).join('、');
  return (
    <PageShell tab="mine">
      <View className="card profile">
        <Text className="profile__name">{me.name}</Text>
        {me.isStaff && (
          <Text className="text-muted">
            {[me.department && DEPARTMENT_LABELS[me.department], roles].filter(Boolean).join(' ')}
          </Text>
        )}
        {me.community && <Text className="text-muted">{me.community.name}</Text>}
        {me.communities && <Text className="text-muted">{me.communities.map((c) => c.name).join('、')}</Text>}
      </View>
      {me.bound && <MessagesLink />}
      {me.isStaff && <RatingsCard openid={me.openid} self />}
      {me.isStaff && <CreditsCard openid={me.openid} self />}
      {me.isStaff ? (
        <Button
          id="go-workbench"
          className="button button--primary button--block"
          onClick={() => Taro.switchTab({ url: '/pages/workbench/index' })}
        >
          前往工作台
        </Button>
      ) : (
        <>
          <NotBound isStaff={false} />
          <Homes me={me} offerBind={false} />
        </>
      )}
      {me.community && (
        <Button
          id="go-found"
          className="button button--ghost button--block"
          onClick={() => void Taro.navigateTo({ url: '/found/pages/unclaimed/index' })}
        >
          失物招领
        </Button>
      )}
      {me.roles.includes('group_admin') && (
        <Button
          id="go-groups"
          className="button button--ghost button--block"
          onClick={() => void Taro.navigateTo({ url: '/pages/groups/index' })}
        >
          我管理的业主群
        </Button>
      )}
      {me.roles.some((r) => r === 'group_admin' || r === 'receptionist') && (
        <Button
          id="go-announcements"
          className="button button--ghost button--block"
          onClick={() => void Taro.navigateTo({ url: '/announce/pages/list/index' })}
        >
          公告管理
        </Button>
      )}
      {sectionsFor(me.roles).length > 0 && (
        <Button
          id="go-admin"
          className="button button--ghost button--block"
          onClick={() => void Taro.navigateTo({ url: `/${ADMIN_ROOT}/pages/index/index` })}
        >
          管理后台
        </Button>
      )}
      {isH5 && (
        <Button
          className="button button--ghost button--block"
          onClick={() => Taro.reLaunch({ url: '/pages/dev-login/index' })}
        >
          切换身份
        </Button>
      )}
    </PageShell>
  );
}

export default function MinePage() {
  const { me, error, loading, reload } = useMe();
  // the card a household invitation is shared as (the owner taps 发送邀请 on an invitation)
  useShareAppMessage(() => {
    const invitation = invitationToShare();
    return invitation
      ? { title: `邀请您加入 ${invitation.unitLabel}`, path: `/${invitation.path}` }
      : { title: '物业服务台', path: '/pages/home/index' };
  });
  if (!me) return <PageShell tab="mine" loading={loading} error={error} onRetry={reload} />;
  // an owner whose homes were all unbound (a sold house) still reads the requests they filed
  return me.units.length > 0 || me.roles.includes('owner') ? <MyRequests me={me} /> : <Profile me={me} />;
}

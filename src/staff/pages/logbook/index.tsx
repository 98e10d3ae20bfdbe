import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { INCIDENT_KIND_LABELS, LOST_ITEM_STATE_LABELS } from '@domain/logbook';
import type { Incident, LostItem, LostItemState } from '@domain/logbook';
import { Chips } from '../../../components/Chips';
import { PageShell } from '../../../components/PageShell';
import { useMe } from '../../../hooks/useMe';
import { usePagedList } from '../../../hooks/usePagedList';
import { logbookApi } from '../../../services/api/logbook';
import { formatTime } from '../../../utils/format';
import { ClaimForm } from '../../components/ClaimForm';
import { FoundForm } from '../../components/FoundForm';
import { IncidentForm } from '../../components/IncidentForm';

type Book = 'incidents' | 'found';

function IncidentCard({ incident, onClose }: { incident: Incident; onClose(): void }) {
  return (
    <View className="card">
      <Text className="list-row__title">
        {INCIDENT_KIND_LABELS[incident.kind]} · {incident.title}
      </Text>
      <Text className="list-row__sub">
        {formatTime(incident.occurredAt)} · {incident.place} · 处理人 {incident.handledBy}
      </Text>
      <Text>{incident.description}</Text>
      {incident.followUp && <Text className="text-muted">跟进：{incident.followUp}</Text>}
      {incident.linkedRequests.length > 0 && (
        <Text className="text-muted">关联诉求：{incident.linkedRequests.map((r) => r.number).join('、')}</Text>
      )}
      {incident.state === 'open' ? (
        <Text id={`close-${incident.id}`} className="link" onClick={onClose}>
          结案…
        </Text>
      ) : (
        <Text className="text-muted">已结案 {incident.closedAt ? formatTime(incident.closedAt) : ''}</Text>
      )}
    </View>
  );
}

function FoundCard({ item, onClaim, onDispose }: { item: LostItem; onClaim(): void; onDispose(): void }) {
  return (
    <View className="card">
      <Text className="list-row__title">
        {item.item} · {LOST_ITEM_STATE_LABELS[item.state]}
      </Text>
      <Text className="list-row__sub">
        {formatTime(item.foundAt)} · {item.foundPlace} · 拾获人 {item.finder.name} · 保管 {item.holder}
      </Text>
      {item.claim && (
        <Text className="text-muted">
          认领人 {item.claim.name}（证件尾号 {item.claim.idLast4}），{item.claim.checkedBy.name} 核验{' '}
          {formatTime(item.claim.at)}
        </Text>
      )}
      {item.disposal && <Text className="text-muted">处置：{item.disposal.reason}</Text>}
      {item.state === 'unclaimed' && (
        <View className="row">
          <Text id={`claim-${item.id}`} className="link" onClick={onClaim}>
            认领
          </Text>
          <Text id={`dispose-${item.id}`} className="link" onClick={onDispose}>
            处置…
          </Text>
        </View>
      )}
    </View>
  );
}

/** 登记簿: the community's major incidents and found property, kept by its staff. */
export default function LogbookPage() {
  const { me, error } = useMe();
  const communities = me?.communities ?? (me?.community ? [me.community] : []);
  const [communityId, setCommunityId] = useState<string>();
  const chosen = communityId ?? communities[0]?.id ?? '';
  const [book, setBook] = useState<Book>('incidents');
  const [foundState, setFoundState] = useState<LostItemState | 'all'>('unclaimed');
  const [form, setForm] = useState(false);
  const [claiming, setClaiming] = useState<LostItem>();
  const incidents = usePagedList<Incident>((cursor) => logbookApi.listIncidents(chosen, 'all', cursor));
  const found = usePagedList<LostItem>((cursor) => logbookApi.listFound(chosen, foundState, cursor));
  const list = book === 'incidents' ? incidents : found;
  const { reload } = list;
  useEffect(() => {
    if (chosen) void reload();
  }, [reload, chosen, book, foundState]);

  const saved = () => {
    setForm(false);
    setClaiming(undefined);
    void reload();
  };
  const ask = async (title: string, placeholder: string): Promise<string | null> => {
    const answer = (await Taro.showModal({ title, content: placeholder, editable: true } as Taro.showModal.Option)) as {
      confirm: boolean;
      content?: string;
    };
    return answer.confirm ? (answer.content ?? '') : null;
  };
  const close = async (incident: Incident) => {
    const followUp = await ask('结案：跟进情况', '');
    if (followUp === null) return;
    const answer = await logbookApi.closeIncident(incident.id, incident.version, followUp);
    if (!answer.ok) void Taro.showToast({ title: answer.error.message, icon: 'none' });
    else void reload();
  };
  const dispose = async (item: LostItem) => {
    const reason = await ask('处置说明（如 交派出所）', '');
    if (reason === null) return;
    const answer = await logbookApi.disposeFound({ id: item.id, version: item.version, reason });
    if (!answer.ok) void Taro.showToast({ title: answer.error.message, icon: 'none' });
    else void reload();
  };

  return (
    <PageShell
      error={error}
      header={
        <View>
          {communities.length > 1 && (
            <Chips
              idPrefix="logbook-community"
              items={communities.map((c) => ({ key: c.id, text: c.name }))}
              value={chosen}
              onChange={setCommunityId}
            />
          )}
          <Chips
            idPrefix="logbook-book"
            items={[
              { key: 'incidents', text: '重大（突发）事件' },
              { key: 'found', text: '失物招领' },
            ]}
            value={book}
            onChange={(next) => {
              setBook(next);
              setForm(false);
              setClaiming(undefined);
            }}
          />
          {book === 'found' && (
            <Chips
              idPrefix="found-state"
              items={[
                { key: 'unclaimed', text: '待认领' },
                { key: 'claimed', text: '已认领' },
                { key: 'disposed', text: '已处置' },
                { key: 'all', text: '全部' },
              ]}
              value={foundState}
              onChange={setFoundState}
            />
          )}
          <Button id="logbook-new" className="button button--ghost button--block" onClick={() => setForm(!form)}>
            {form ? '收起' : book === 'incidents' ? '登记事件' : '登记拾获物品'}
          </Button>
          {form && book === 'incidents' && <IncidentForm communityId={chosen} onSaved={saved} />}
          {form && book === 'found' && <FoundForm communityId={chosen} onSaved={saved} />}
          {claiming && <ClaimForm item={claiming} onDone={saved} />}
        </View>
      }
      loading={!list.loaded && !!chosen}
      empty={list.items.length === 0}
      emptyText={book === 'incidents' ? '还没有登记重大事件' : '暂无记录'}
    >
      {list.error && <Text className="notice notice--danger">{list.error.message}</Text>}
      {book === 'incidents'
        ? incidents.items.map((i) => <IncidentCard key={i.id} incident={i} onClose={() => void close(i)} />)
        : found.items.map((i) => (
            <FoundCard key={i.id} item={i} onClaim={() => setClaiming(i)} onDispose={() => void dispose(i)} />
          ))}
      {list.hasMore && (
        <Button className="button button--ghost button--block" onClick={() => void list.loadMore()}>
          加载更多
        </Button>
      )}
    </PageShell>
  );
}

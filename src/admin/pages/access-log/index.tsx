import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { ACCESS_KIND_LABELS } from '@domain/access-log';
import type { AccessKind, AccessLogEntry } from '@domain/access-log';
import { Chips } from '../../../components/Chips';
import { PageShell } from '../../../components/PageShell';
import { usePagedList } from '../../../hooks/usePagedList';
import { recordsApi } from '../../../services/api/records';
import { formatTime } from '../../../utils/format';

type Filter = AccessKind | 'all';

function EntryRow({ entry }: { entry: AccessLogEntry }) {
  const which = [entry.ticketNumbers.join('、'), entry.subject].filter(Boolean).join(' · ');
  return (
    <View className="list-row">
      <Text className="list-row__title">
        {entry.actor.name} · {ACCESS_KIND_LABELS[entry.kind]}
      </Text>
      <Text className="list-row__sub">
        {formatTime(entry.at)} · {which}
      </Text>
    </View>
  );
}

/** 个人信息查看记录: who was shown an owner's full phone number or exported personal data; read only. */
export default function AccessLogPage() {
  const [filter, setFilter] = useState<Filter>('all');
  const list = usePagedList<AccessLogEntry>((cursor) =>
    recordsApi.listAccess(filter === 'all' ? undefined : filter, cursor),
  );
  const { reload } = list;
  useEffect(() => void reload(), [reload, filter]);
  return (
    <PageShell
      header={
        <Chips
          idPrefix="access-kind"
          items={[
            { key: 'all', text: '全部' },
            { key: 'phone', text: '查看手机号' },
            { key: 'export', text: '导出' },
          ]}
          value={filter}
          onChange={setFilter}
        />
      }
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText="还没有查看记录"
    >
      {list.items.map((entry) => (
        <EntryRow key={entry.id} entry={entry} />
      ))}
      {list.hasMore && (
        <Button className="button button--ghost button--block" onClick={() => void list.loadMore()}>
          {list.loading ? '加载中…' : '加载更多'}
        </Button>
      )}
    </PageShell>
  );
}

import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { EFFECT_LABELS } from '@domain/effects';
import type { ParkedEffect } from '@domain/effects';
import { PageShell } from '../../../components/PageShell';
import { usePagedList } from '../../../hooks/usePagedList';
import { messageApi } from '../../../services/api/message';
import { formatTime } from '../../../utils/format';

const PAGE_SIZE = 20;

function ParkedCard({ parked, onRetried }: { parked: ParkedEffect; onRetried(): void }) {
  const domId = parked.id.replace(/:/g, '-');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const retry = async () => {
    setBusy(true);
    setError(undefined);
    const answer = await messageApi.retryParked(parked.id);
    setBusy(false);
    if (!answer.ok) return setError(answer.error.message);
    void Taro.showToast({ title: '已重新排队', icon: 'success' });
    onRetried();
  };
  return (
    <View id={`parked-${domId}`} className="card">
      <View className="audit-entry__head">
        <Text className="list-row__title">{EFFECT_LABELS[parked.effect.type] ?? parked.effect.type}</Text>
        <Text className="text-muted">{formatTime(parked.parkedAt)}</Text>
      </View>
      <Text className="list-row__sub">
        诉求 {parked.ticketNumber} · 已尝试 {parked.attempts} 次
      </Text>
      <Text className="audit-entry__change">最后错误：{parked.lastError}</Text>
      {error && <Text className="notice notice--danger">{error}</Text>}
      <Button id={`retry-${domId}`} className="button button--ghost" disabled={busy} onClick={() => void retry()}>
        {busy ? '处理中…' : '重试'}
      </Button>
    </View>
  );
}

/** 失败任务: notices and other effects that failed too often; administrators retry them (the function checks). */
export default function ParkedEffectsPage() {
  const list = usePagedList<ParkedEffect>((cursor) =>
    messageApi.listParked({ limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
  );
  const { reload } = list;
  useEffect(() => void reload(), [reload]);
  return (
    <PageShell
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText="没有失败的任务"
    >
      {list.error && <Text className="notice notice--danger">{list.error.message}</Text>}
      {list.items.map((parked) => (
        <ParkedCard key={parked.id} parked={parked} onRetried={() => void list.reload()} />
      ))}
      {list.hasMore && (
        <Button id="parked-more" className="button button--ghost button--block" onClick={() => void list.loadMore()}>
          {list.loading ? '加载中…' : '加载更多'}
        </Button>
      )}
    </PageShell>
  );
}

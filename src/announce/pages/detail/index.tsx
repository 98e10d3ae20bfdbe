// The writer's view of one announcement: its state (held with the reason, scheduled, published),
// an outage's subscription messages to its owners, its reads per building and per WeChat group,
// and what can be done with it.
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { ApiResult } from '@domain/api';
import type { AnnouncementView } from '@domain/announcement-views';
import { OutageDeliveryCard } from '../../../components/announcements/OutageDeliveryCard';
import { PageShell } from '../../../components/PageShell';
import { PhotoGrid } from '../../../components/PhotoGrid';
import { useRemote } from '../../../hooks/useRemote';
import { announcementApi } from '../../../services/api/announcement';
import { isH5 } from '../../../services/platform';
import { formatTime } from '../../../utils/format';
import { STATUS_LABELS } from '../../status';

function Stats({ id }: { id: string }) {
  const stats = useRemote(id, () => announcementApi.stats(id));
  useDidShow(() => void stats.reload());
  if (!stats.data) return null;
  const { readCount, byBuilding, byGroup } = stats.data;
  return (
    <View className="card" id="announcement-stats">
      <Text className="section__title">阅读 {readCount} 人</Text>
      {byBuilding.map((b) => (
        <View key={b.building} className="detail-row">
          <Text>{b.building}</Text>
          <Text>{b.reads}</Text>
        </View>
      ))}
      <Text className="section__title">来自业主群</Text>
      {byGroup.length === 0 && (
        <Text className="text-muted">还没有人从业主群打开。转发到业主群后，这里会按群统计。</Text>
      )}
      {byGroup.map((g) => (
        <View key={g.groupId} className="detail-row">
          <Text>{g.name}</Text>
          <Text>{g.reads}</Text>
        </View>
      ))}
    </View>
  );
}

export default function AnnouncementDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const announcement = useRemote(id || null, () => announcementApi.get(id));
  useDidShow(() => void announcement.reload());
  const [busy, setBusy] = useState(false);
  const a = announcement.data;

  useEffect(() => {
    if (!isH5) void Taro.showShareMenu({ withShareTicket: true });
  }, []);
  useShareAppMessage(() => ({
    title: a ? `【${a.kindLabel}】${a.title}` : '社区公告',
    path: `/pages/announcement/index?id=${id}`,
  }));

  const act = async (run: () => Promise<ApiResult<AnnouncementView>>, done: string) => {
    setBusy(true);
    const answer = await run();
    setBusy(false);
    if (!answer.ok) return void Taro.showToast({ title: answer.error.message, icon: 'none' });
    announcement.replace(answer.data);
    void Taro.showToast({ title: done, icon: 'success' });
  };
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回公告',
      content: '撤回后业主将看不到这条公告，确定撤回吗？',
    });
    if (confirm) await act(() => announcementApi.withdraw(id), '已撤回');
  };

  return (
    <PageShell
      loading={announcement.loading && !a}
      error={announcement.error}
      onRetry={() => void announcement.reload()}
    >
      {a && (
        <View>
          <View className="card" id="writer-announcement">
            <View className="announcement-item__head">
              <Text id="announcement-status" className="chip chip--on">
                {STATUS_LABELS[a.status]}
              </Text>
              <Text className="chip">{a.kindLabel}</Text>
            </View>
            <Text className="announcement__title">{a.title}</Text>
            {a.hold && (
              <Text id="announcement-hold" className="notice notice--warn">
                {a.hold.message}
              </Text>
            )}
            {a.status === 'scheduled' && a.publishAt && (
              <Text className="notice notice--info">将于 {formatTime(a.publishAt)} 发布</Text>
            )}
            <Text className="text-muted">
              {a.audience.all ? '全小区' : a.audience.buildings.join('、')}
              {a.pinned ? ' · 置顶' : ''}
            </Text>
            <Text className="announcement__body">{a.body}</Text>
            <PhotoGrid photos={a.images.map((img) => img.fileID)} />
          </View>
          {a.can.edit && (
            <Button
              id="announcement-edit"
              className="button button--ghost button--block"
              onClick={() => void Taro.navigateTo({ url: `/announce/pages/edit/index?id=${id}` })}
            >
              修改
            </Button>
          )}
          {a.can.publish && (
            <Button
              id="announcement-republish"
              className="button button--primary button--block"
              disabled={busy || undefined}
              onClick={() => void act(() => announcementApi.publish(id), '已提交发布')}
            >
              重新发布
            </Button>
          )}
          {a.can.pin && (
            <Button
              id="announcement-pin"
              className="button button--ghost button--block"
              disabled={busy || undefined}
              onClick={() => void act(() => announcementApi.pin(id, !a.pinned), a.pinned ? '已取消置顶' : '已置顶')}
            >
              {a.pinned ? '取消置顶' : '置顶'}
            </Button>
          )}
          {a.can.withdraw && (
            <Button
              id="announcement-withdraw"
              className="button button--ghost button--block"
              disabled={busy || undefined}
              onClick={() => void withdraw()}
            >
              撤回
            </Button>
          )}
          {a.status === 'published' && !isH5 && (
            <Button className="button button--primary button--block" openType="share">
              转发到业主群
            </Button>
          )}
          {a.delivery && <OutageDeliveryCard delivery={a.delivery} />}
          {a.status === 'published' && <Stats id={id} />}
        </View>
      )}
    </PageShell>
  );
}

// The writer's announcements (group admins, the service desk): every status, latest change first.
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { PageShell } from '../../../components/PageShell';
import { useRemote } from '../../../hooks/useRemote';
import { announcementApi } from '../../../services/api/announcement';
import { formatTime } from '../../../utils/format';
import { STATUS_LABELS } from '../../status';

export default function AnnouncementListPage() {
  const list = useRemote('mine', () => announcementApi.list({ limit: 50 }));
  useDidShow(() => void list.reload());
  const items = list.data?.items ?? [];
  return (
    <PageShell
      loading={list.loading && !list.data}
      error={list.error}
      onRetry={() => void list.reload()}
      header={
        <Button
          id="announcement-new"
          className="button button--primary button--block"
          onClick={() => void Taro.navigateTo({ url: '/announce/pages/edit/index' })}
        >
          写公告
        </Button>
      }
      empty={!!list.data && items.length === 0}
      emptyText="还没有公告。写一条公告，发布后业主在首页就能看到。"
    >
      {items.map((item) => (
        <View
          key={item.id}
          id={`writer-announcement-${item.id}`}
          className="card"
          onClick={() => void Taro.navigateTo({ url: `/announce/pages/detail/index?id=${item.id}` })}
        >
          <View className="announcement-item__head">
            <Text className="chip">{STATUS_LABELS[item.status]}</Text>
            <Text className="chip">{item.kindLabel}</Text>
            <Text className="section__title">{item.title}</Text>
          </View>
          {item.holdMessage && <Text className="text-danger">{item.holdMessage}</Text>}
          <Text className="text-muted">
            {item.publishedAt
              ? `${formatTime(item.publishedAt)} 发布 · 已读 ${item.readCount ?? 0}`
              : item.publishAt
                ? `定时 ${formatTime(item.publishAt)}`
                : ''}
          </Text>
        </View>
      ))}
    </PageShell>
  );
}

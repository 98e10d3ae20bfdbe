// One announcement, as an owner reads it (opened from 首页, or from a card shared in a WeChat group).
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { outageText } from '../../components/announcements/AnnouncementFeed';
import { PageShell } from '../../components/PageShell';
import { PhotoGrid } from '../../components/PhotoGrid';
import { useRemote } from '../../hooks/useRemote';
import { announcementApi } from '../../services/api/announcement';
import { groupOfEntry } from '../../services/group-entry';
import { isH5 } from '../../services/platform';
import { formatTime } from '../../utils/format';

export default function AnnouncementPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const announcement = useRemote(id || null, async () => announcementApi.read(id, await groupOfEntry(params)));
  const data = announcement.data;

  useEffect(() => {
    // withShareTicket: a card opened in a group tells the app which group it was
    if (!isH5) void Taro.showShareMenu({ withShareTicket: true });
  }, []);
  useShareAppMessage(() => ({
    title: data ? `【${data.kindLabel}】${data.title}` : '社区公告',
    path: `/pages/announcement/index?id=${id}`,
  }));

  return (
    <PageShell
      loading={announcement.loading && !data}
      error={announcement.error}
      onRetry={() => void announcement.reload()}
    >
      {data && (
        <View className="card announcement" id="announcement">
          <Text className="chip announcement-kind">{data.kindLabel}</Text>
          <Text className="announcement__title">{data.title}</Text>
          {data.publishedAt && (
            <Text className="text-muted">
              {data.authorName} · {formatTime(data.publishedAt)}
            </Text>
          )}
          {data.outage && <Text className="notice notice--warn">停水停电时间：{outageText(data.outage)}</Text>}
          <Text className="announcement__body">{data.body}</Text>
          <PhotoGrid photos={data.images.map((img) => img.fileID)} />
          {!isH5 && <Text className="text-muted">点右上角「…」可转发到业主群</Text>}
        </View>
      )}
    </PageShell>
  );
}

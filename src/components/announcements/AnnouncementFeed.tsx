// 首页's announcements: what the property company tells the owner's buildings, pinned first.
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { AnnouncementSummaryView } from '@domain/announcement-views';
import { SUBSCRIBE_ON } from '@domain/subscription-templates';
import { useRemote } from '../../hooks/useRemote';
import { announcementApi } from '../../services/api/announcement';
import { askSubscription } from '../../services/subscribe';
import { formatTime } from '../../utils/format';

const FEED_SIZE = 5;

export function outageText(outage: { startAt: string; endAt: string }): string {
  return `${formatTime(outage.startAt)} 至 ${formatTime(outage.endAt)}`;
}

function AnnouncementItem({ item }: { item: AnnouncementSummaryView }) {
  return (
    <View
      id={`announcement-${item.id}`}
      className="card announcement-item"
      onClick={() => void Taro.navigateTo({ url: `/pages/announcement/index?id=${item.id}` })}
    >
      <View className="announcement-item__head">
        {item.pinned && <Text className="chip chip--on">置顶</Text>}
        <Text className={`chip announcement-kind announcement-kind--${item.kind}`}>{item.kindLabel}</Text>
        <Text className="section__title">{item.title}</Text>
      </View>
      {item.outage && <Text className="text-danger">时间：{outageText(item.outage)}</Text>}
      <Text className="text-muted">{item.excerpt}</Text>
      {item.publishedAt && <Text className="text-muted">{formatTime(item.publishedAt)}</Text>}
    </View>
  );
}

/** 停水停电提醒: one accept allows one outage notice to reach WeChat (one-time subscriptions only). */
function OutageReminder({ className }: { className: string }) {
  const remind = () => {
    // first, before any await: WeChat shows its prompt only inside the tap
    const asked = askSubscription(SUBSCRIBE_ON.outage);
    void asked.then(async ({ recorded }) => {
      const quota = await recorded;
      if (quota) void Taro.showToast({ title: '已订阅下一次停水停电通知', icon: 'none' });
    });
  };
  return (
    <Text id="outage-subscribe" className={className} onClick={remind}>
      停水停电提醒 ›
    </Text>
  );
}

export function AnnouncementFeed() {
  const feed = useRemote('announcements', () => announcementApi.feed({ limit: FEED_SIZE }));
  useDidShow(() => void feed.reload());
  if (feed.error && !feed.data) {
    return (
      <View className="notice notice--danger" onClick={() => void feed.reload()}>
        <Text>公告加载失败：{feed.error.message}，点此重试</Text>
      </View>
    );
  }
  if (!feed.data) return null;
  if (feed.data.items.length === 0) {
    return (
      <View className="card">
        <Text className="text-muted">暂无社区公告。</Text>
        <OutageReminder className="link" />
      </View>
    );
  }
  return (
    <View className="section" id="announcement-feed">
      <View className="section__head">
        <Text className="section__title">社区公告</Text>
        <OutageReminder className="section__more" />
      </View>
      {feed.data.items.map((item) => (
        <AnnouncementItem key={item.id} item={item} />
      ))}
    </View>
  );
}

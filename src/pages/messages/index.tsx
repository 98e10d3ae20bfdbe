import { useEffect, useRef } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { MessageView } from '@domain/messages';
import { PageShell } from '../../components/PageShell';
import { usePagedList } from '../../hooks/usePagedList';
import { messageApi } from '../../services/api/message';
import { surveyAnswerUrl } from '../../services/api/survey';
import { formatTime } from '../../utils/format';

const PAGE_SIZE = 20;

function MessageCard({ message, unread }: { message: MessageView; unread: boolean }) {
  return (
    <View
      id={`message-${message.id}`}
      className={`card message${unread ? ' message--unread' : ''}`}
      onClick={() =>
        void Taro.navigateTo({
          url:
            message.link ??
            (message.surveyId ? surveyAnswerUrl(message.surveyId) : `/pages/ticket/index?id=${message.ticketId}`),
        })
      }
    >
      <View className="message__head">
        <Text className="list-row__title">{message.title}</Text>
        {unread && <Text className="message__dot">未读</Text>}
      </View>
      <Text className="list-row__sub">{message.body}</Text>
      <Text className="text-muted">{formatTime(message.createdAt)}</Text>
    </View>
  );
}

/**
 * 消息: what happened to my requests (owners), and the new, transferred and escalated requests of my
 * department or role (staff), newest first. Opening the page marks what it shows as read; the ones
 * unread when it opened keep their mark until the next visit.
 */
export default function MessagesPage() {
  const list = usePagedList<MessageView>((cursor) =>
    messageApi.list({ limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
  );
  const { reload, refresh, items } = list;
  const unreadWhenShown = useRef(new Set<string>());
  useEffect(() => void reload(), [reload]);
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));

  useEffect(() => {
    const unread = items.filter((m) => !m.read && !unreadWhenShown.current.has(m.id)).map((m) => m.id);
    if (unread.length === 0) return;
    for (const id of unread) unreadWhenShown.current.add(id);
    void messageApi.markRead(unread.slice(0, 50));
  }, [items]);

  return (
    <PageShell
      loading={!list.loaded}
      error={items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={items.length === 0}
      emptyText="还没有消息"
    >
      {list.error && <Text className="notice notice--danger">{list.error.message}</Text>}
      {items.map((message) => (
        <MessageCard key={message.id} message={message} unread={!message.read} />
      ))}
      {list.hasMore && (
        <Button id="messages-more" className="button button--ghost button--block" onClick={() => void list.loadMore()}>
          {list.loading ? '加载中…' : '加载更多'}
        </Button>
      )}
    </PageShell>
  );
}

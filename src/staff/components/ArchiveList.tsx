import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Page } from '@domain/api';
import type { ArchiveItemView } from '@domain/archive-views';
import { CHANNEL_LABELS } from '@domain/labels';
import { TicketCard } from '../../components/TicketCard';
import type { PagedList } from '../../hooks/usePagedList';

/** Archive rows: the request's card, who filed it and how, and the way to their history pages. */
export function ArchiveList({
  list,
  links = true,
}: {
  list: Pick<PagedList<ArchiveItemView, Page<ArchiveItemView>>, 'items' | 'hasMore' | 'loading' | 'loadMore'>;
  links?: boolean;
}) {
  const go = (url: string) => void Taro.navigateTo({ url });
  return (
    <View className="list">
      {list.items.map((item) => (
        <View key={item.id} className="archive-row">
          <TicketCard ticket={item} reader="staff" />
          <View className="archive-row__meta">
            <Text className="text-muted">
              {item.ownerName} · {CHANNEL_LABELS[item.channel]}
              {item.archived ? ' · 已注销台账' : ''}
            </Text>
            {links && item.ownerOpenid && (
              <Text className="link" onClick={() => go(`/staff/pages/owner-history/index?openid=${item.ownerOpenid}`)}>
                业主档案 ›
              </Text>
            )}
            {links && item.unitId && (
              <Text className="link" onClick={() => go(`/staff/pages/unit-history/index?unitId=${item.unitId}`)}>
                房屋档案 ›
              </Text>
            )}
          </View>
        </View>
      ))}
      {list.hasMore && (
        <Button className="button button--ghost button--block" loading={list.loading} onClick={list.loadMore}>
          加载更多
        </Button>
      )}
      {!list.hasMore && list.items.length > 0 && <Text className="list__end">没有更多了</Text>}
    </View>
  );
}

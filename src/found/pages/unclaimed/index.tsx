import { useEffect } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { UnclaimedItemView } from '@domain/logbook';
import { PageShell } from '../../../components/PageShell';
import { PhotoGrid } from '../../../components/PhotoGrid';
import { usePagedList } from '../../../hooks/usePagedList';
import { logbookApi } from '../../../services/api/logbook';
import { formatTime } from '../../../utils/format';

/** 失物招领: the unclaimed found items of my community; claimed at the service desk with an ID card. */
export default function UnclaimedPage() {
  const list = usePagedList<UnclaimedItemView>((cursor) => logbookApi.listUnclaimed(cursor));
  const { reload } = list;
  useEffect(() => void reload(), [reload]);
  return (
    <PageShell
      header={<Text className="notice">如是您的物品，请携带本人身份证件到客服中心认领。</Text>}
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText="暂无待认领物品"
    >
      {list.items.map((item) => (
        <View key={item.id} className="card">
          <Text className="list-row__title">{item.item}</Text>
          <Text className="list-row__sub">
            {formatTime(item.foundAt)} 拾获于 {item.foundPlace}
          </Text>
          <PhotoGrid photos={item.photos} />
        </View>
      ))}
      {list.hasMore && (
        <Button className="button button--ghost button--block" onClick={() => void list.loadMore()}>
          加载更多
        </Button>
      )}
    </PageShell>
  );
}

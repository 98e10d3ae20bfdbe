import { Button, Text, View } from '@tarojs/components';
import type { TicketSummaryView } from '@domain/api';
import type { PagedList } from '../hooks/usePagedList';
import { TicketCard } from './TicketCard';
import type { CardReader } from './TicketCard';

/** Request cards, with "load more" while there are more pages. */
export function TicketList({
  list,
  reader,
}: {
  list: Pick<PagedList<TicketSummaryView, never>, 'items' | 'hasMore' | 'loading' | 'loadMore'>;
  reader: CardReader;
}) {
  return (
    <View className="list">
      {list.items.map((ticket) => (
        <TicketCard key={ticket.id} ticket={ticket} reader={reader} />
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

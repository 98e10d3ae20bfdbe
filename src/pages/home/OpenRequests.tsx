import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TicketCard } from '../../components/TicketCard';
import { useRemote } from '../../hooks/useRemote';
import { ticketApi } from '../../services/api/ticket';

/** My newest open requests, each with its next step; nothing while there are none. */
export function OpenRequests() {
  const open = useRemote('open', () => ticketApi.listMine({ filter: 'open', limit: 3 }));
  useDidShow(() => void open.reload());
  if (open.error && !open.data) {
    return (
      <View className="notice notice--danger" onClick={() => void open.reload()}>
        <Text>进行中的诉求加载失败：{open.error.message}，点此重试</Text>
      </View>
    );
  }
  if (!open.data || open.data.items.length === 0) return null;
  return (
    <View id="home-open-requests" className="section">
      <View className="section__head">
        <Text className="section__title">我的进行中诉求</Text>
        <Text className="section__more" onClick={() => Taro.switchTab({ url: '/pages/mine/index' })}>
          全部 ›
        </Text>
      </View>
      {open.data.items.map((ticket) => (
        <TicketCard key={ticket.id} ticket={ticket} reader="owner" withNextStep />
      ))}
    </View>
  );
}

// The writer's view of an outage notice's subscription messages: how far the delivery is, and what
// became of the messages (sent, no grant, refused, failed, waiting for another try).
import { Text, View } from '@tarojs/components';
import type { OutageDeliveryView } from '@domain/outage-delivery';
import { formatTime } from '../../utils/format';

const STATE_TEXT: Record<OutageDeliveryView['state'], string> = {
  delivering: '正在发送，每分钟继续，直到受影响楼栋的住户都处理完',
  done: '已发送完毕',
  stopped: '公告已撤回，停止发送',
};

export function OutageDeliveryCard({ delivery }: { delivery: OutageDeliveryView }) {
  const rows: Array<[string, number, string]> = [
    ['sent', delivery.sent, '已发送'],
    ['no-quota', delivery.noQuota, '未订阅（无可用次数）'],
    ['refused', delivery.refused, '已拒收'],
    ['failed', delivery.failed, '发送失败'],
  ];
  if (delivery.retrying > 0) rows.push(['retrying', delivery.retrying, '待重试']);
  return (
    <View className="card" id="outage-delivery">
      <Text className="section__title">订阅消息通知住户</Text>
      <Text id="outage-delivery-state" className={delivery.state === 'done' ? 'text-muted' : 'notice notice--info'}>
        {STATE_TEXT[delivery.state]}
      </Text>
      {rows.map(([key, count, label]) => (
        <View key={key} className="detail-row" id={`outage-delivery-${key}`}>
          <Text>{label}</Text>
          <Text>{count}</Text>
        </View>
      ))}
      <Text className="text-muted">
        开始于 {formatTime(delivery.startedAt)}
        {delivery.finishedAt ? `，完成于 ${formatTime(delivery.finishedAt)}` : ''}
        。只有在小程序中允许过“停水停电通知”的住户能收到，每人一条。
      </Text>
    </View>
  );
}

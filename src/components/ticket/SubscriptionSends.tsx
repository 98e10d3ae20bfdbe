// The subscription messages sent about a request, with every try, for staff (the server refuses
// owners): whether the owner or a colleague was told outside the app, and if not, why.
import { Text, View } from '@tarojs/components';
import type { SendRecordView } from '@domain/subscription-views';
import { useRemote } from '../../hooks/useRemote';
import { subscriptionApi } from '../../services/api/subscription';
import { formatTime } from '../../utils/format';

const outcomeClass = (record: SendRecordView) =>
  record.outcome === 'sent'
    ? 'subscription-send__outcome--sent'
    : record.outcome === 'failed'
      ? 'subscription-send__outcome--failed'
      : 'subscription-send__outcome--unsent';

export function SubscriptionSends({ ticketId, updatedAt }: { ticketId: string; updatedAt: string }) {
  const sends = useRemote(`${ticketId}:${updatedAt}`, () => subscriptionApi.sendsOfTicket(ticketId));
  if (sends.loading && !sends.data) return null;
  if (sends.error?.code === 'NOT_FOUND' || sends.error?.code === 'FORBIDDEN') return null;
  if (sends.error)
    return (
      <View className="card">
        <Text className="section__title">订阅消息</Text>
        <Text className="notice notice--danger" onClick={() => void sends.reload()}>
          {sends.error.message}（点击重试）
        </Text>
      </View>
    );
  if (!sends.data?.length) return null;
  return (
    <View className="card subscription-sends" id="subscription-sends">
      <Text className="section__title">订阅消息（仅员工可见）</Text>
      {sends.data.map((record) => (
        <View key={record.id} className="subscription-send">
          <View className="subscription-send__head">
            <Text>
              {record.template} → {record.to}
            </Text>
            <Text className={outcomeClass(record)}>{record.outcomeLabel}</Text>
          </View>
          {record.field && <Text className="text-muted">有问题的字段：{record.field}</Text>}
          {record.attempts.map((attempt, n) => (
            <Text key={n} className="text-muted subscription-send__attempt">
              第{n + 1}次 {formatTime(attempt.at)}
              {attempt.errCode !== undefined ? ` 错误码 ${attempt.errCode}` : ''}
              {attempt.errMsg ? ` ${attempt.errMsg}` : ''}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

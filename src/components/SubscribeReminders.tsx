// 订阅提醒 on 工作台: staff ask WeChat to send them new requests, overdue warnings and escalations.
// Each accept allows one message, so the control shows how many each reminder has left and asks
// again on every tap.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { SUBSCRIBE_ON } from '@domain/subscription-templates';
import type { QuotaView } from '@domain/subscription-views';
import { useRemote } from '../hooks/useRemote';
import { subscriptionApi } from '../services/api/subscription';
import { askSubscription } from '../services/subscribe';

const STAFF_KEYS: readonly string[] = SUBSCRIBE_ON.staff;

export function SubscribeReminders() {
  const quota = useRemote('mine', () => subscriptionApi.mine());
  const [asking, setAsking] = useState(false);
  const rows: QuotaView[] = (quota.data?.quota ?? []).filter((q) => STAFF_KEYS.includes(q.key));

  const subscribe = async () => {
    // WeChat shows its prompt only when asked inside the tap, before any await
    const asked = askSubscription(SUBSCRIBE_ON.staff);
    setAsking(true);
    const recorded = await (await asked).recorded;
    setAsking(false);
    if (recorded) {
      void Taro.showToast({ title: '已订阅提醒', icon: 'success' });
      void quota.reload();
    }
  };

  return (
    <View className="card subscription-quota" id="subscribe-reminders">
      <Text className="section__title">订阅提醒</Text>
      <Text className="text-muted">微信每次授权只能发送一条提醒，用完后请再次订阅。</Text>
      {quota.error && (
        <Text className="notice notice--danger" onClick={() => void quota.reload()}>
          {quota.error.message}（点击重试）
        </Text>
      )}
      {rows.map((row) => (
        <View key={row.key} className="subscription-quota__row">
          <Text>{row.title}</Text>
          <Text className={row.remaining > 0 ? '' : 'text-muted'}>
            {row.remaining > 0 ? `可接收 ${row.remaining} 条` : '未订阅'}
          </Text>
        </View>
      ))}
      <Button
        id="subscribe-staff"
        className="button button--ghost button--block"
        loading={asking}
        onClick={() => void subscribe()}
      >
        订阅提醒
      </Button>
    </View>
  );
}

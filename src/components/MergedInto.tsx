// A merged duplicate: staff open the surviving request; its owner follows the survivor's progress
// here, on their own request (the server sends only its department's progress).
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { NextStepCard } from './NextStepCard';
import { StatusTag } from './StatusTag';
import { Timeline } from './Timeline';

export function MergedInto({ view }: { view: TicketView }) {
  const into = view.mergedInto;
  if (!into) return null;
  const following = view.following;
  if (!following)
    return (
      <View className="card merged-into">
        <Text className="section__title">已合并</Text>
        <Text
          id="merged-into-link"
          className="link"
          onClick={() => void Taro.navigateTo({ url: `/pages/ticket/index?id=${into.id}` })}
        >
          查看保留的诉求 {into.number}
        </Text>
      </View>
    );
  return (
    <View className="card merged-into">
      <Text className="section__title">与其他业主反映的同一问题合并处理</Text>
      <View className="ticket__title-row">
        <Text id="merged-into-number" className="ticket__number">
          诉求 {following.number}
        </Text>
        <StatusTag status={following.status} />
      </View>
      <NextStepCard step={following.nextStep} />
      {following.resolution && <Text className="ticket__description">{following.resolution.text}</Text>}
      {following.timeline.length > 0 ? (
        <Timeline entries={following.timeline} />
      ) : (
        <Text className="text-muted">工作人员尚未更新处理进度</Text>
      )}
    </View>
  );
}

// A complaint's plan: the owner reads it once approved (with its promised time); staff read it under
// review, and why it was returned.
import { Text, View } from '@tarojs/components';
import type { PlanView } from '@domain/api';
import { formatDue, formatTime } from '../../utils/format';

const STATE_LABELS: Record<PlanView['state'], string> = {
  pending: '待主管审批',
  approved: '已批准',
  returned: '已退回',
};

export function PlanCard({ plan }: { plan: PlanView }) {
  return (
    <View className="card plan" id="plan-card">
      <View className="ticket__title-row">
        <Text className="section__title">处理方案</Text>
        <Text className={`status-tag plan__state plan__state--${plan.state}`}>{STATE_LABELS[plan.state]}</Text>
      </View>
      <Text className="ticket__description" id="plan-text">
        {plan.text}
      </Text>
      {plan.decidedBy && plan.decidedAt && (
        <Text className="text-muted">
          {plan.decidedBy} · {formatTime(plan.decidedAt)}
        </Text>
      )}
      {plan.reason && <Text className="notice notice--warn">退回原因：{plan.reason}</Text>}
      {plan.promisedBy && (
        <Text className="next-step__due" id="plan-promised">
          承诺 {formatTime(plan.promisedBy)} 前处理完成 · {formatDue(plan.promisedBy)}
        </Text>
      )}
    </View>
  );
}

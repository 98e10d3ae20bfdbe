import { Text, View } from '@tarojs/components';
import type { NextStepView } from '@domain/api';
import { formatDue, formatTime } from '../utils/format';

export function NextStepCard({ step }: { step: NextStepView }) {
  return (
    <View className={`next-step ${step.overdue ? 'next-step--overdue' : ''}`}>
      <Text className="next-step__label">{step.label}</Text>
      {step.dueAt && (
        <Text className="next-step__due">
          {formatTime(step.dueAt)} 前 · {formatDue(step.dueAt)}
        </Text>
      )}
    </View>
  );
}

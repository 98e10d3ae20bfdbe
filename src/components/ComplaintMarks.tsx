// On the 报事 form, a complaint may say at once that it claims compensation or is against the
// manager: either goes to the company's leadership.
import { Text, View } from '@tarojs/components';

const MARKS = [
  { key: 'compensation', text: '涉及赔偿' },
  { key: 'againstManager', text: '投诉项目经理' },
] as const;
type Mark = (typeof MARKS)[number]['key'];

export function ComplaintMarks({
  value,
  onChange,
}: {
  value: Partial<Record<Mark, boolean>>;
  onChange(patch: Partial<Record<Mark, boolean>>): void;
}) {
  return (
    <View>
      <View className="chips">
        {MARKS.map((mark) => (
          <Text
            key={mark.key}
            id={`mark-${mark.key}`}
            className={`chip ${value[mark.key] ? 'chip--on' : ''}`}
            onClick={() => onChange({ [mark.key]: !value[mark.key] })}
          >
            {mark.text}
          </Text>
        ))}
      </View>
      <Text className="field__hint">选择后将由公司领导跟进处理</Text>
    </View>
  );
}

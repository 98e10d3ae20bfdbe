import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import type { FaqEntry, GuideService, GuideView } from '@domain/guide';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { useGuideEntryForm } from '../hooks/useGuideEntryForm';
import type { EntryKind } from '../hooks/useGuideEntryForm';

interface FieldSpec {
  key: string;
  label: string;
  placeholder: string;
  required?: boolean;
  long?: boolean;
}

const FIELDS: Record<EntryKind, FieldSpec[]> = {
  service: [
    { key: 'name', label: '服务名称', placeholder: '如：有偿保洁', required: true },
    { key: 'description', label: '服务说明', placeholder: '服务内容、预约方式', long: true },
    { key: 'hours', label: '服务时间', placeholder: '如：每天 08:30–20:00' },
    { key: 'phone', label: '电话', placeholder: '如：0571-88886666' },
    { key: 'price', label: '价格', placeholder: '有偿服务填写，如：80元/小时' },
  ],
  faq: [
    { key: 'question', label: '问题', placeholder: '如：物业费怎么交？', required: true },
    { key: 'answer', label: '答案', placeholder: '业主看到的回答', required: true, long: true },
    { key: 'keywords', label: '关键词', placeholder: '业主的其他说法，用顿号分隔，如：缴费、交钱' },
  ],
};

/** Adds a service or a frequent question, or edits the one given. */
export function GuideEntryForm({
  kind,
  guide,
  editing,
  onSaved,
  onCancel,
}: {
  kind: EntryKind;
  guide: GuideView;
  editing?: GuideService | FaqEntry;
  onSaved(guide: GuideView): void;
  onCancel(): void;
}) {
  const form = useGuideEntryForm(kind, { communityId: guide.community.id, version: guide.version }, editing);
  const submit = async () => {
    const saved = await form.save();
    if (saved) onSaved(saved);
  };
  const title = kind === 'faq' ? '常见问题' : '服务';
  return (
    <View id={`guide-${kind}-form`} className="card">
      <Text className="section__title">{editing ? `编辑${title}` : `新增${title}`}</Text>
      {FIELDS[kind].map(({ key, label, placeholder, required, long }) => (
        <Field key={key} label={label} required={required} error={form.errors[key]}>
          {long ? (
            <Textarea
              id={`guide-${kind}-${key}`}
              className="text-area"
              maxlength={500}
              placeholder={placeholder}
              value={form.draft[key]}
              onInput={(e) => form.update(key, e.detail.value)}
            />
          ) : (
            <Input
              id={`guide-${kind}-${key}`}
              className="text-input"
              placeholder={placeholder}
              value={form.draft[key]}
              onInput={(e) => form.update(key, e.detail.value)}
            />
          )}
        </Field>
      ))}
      {form.failure && <Text className="notice notice--danger">{form.failure}</Text>}
      <BusyButton id={`guide-${kind}-save`} busy={form.saving} onClick={() => void submit()}>
        保存
      </BusyButton>
      <Button className="button button--ghost button--block" onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}

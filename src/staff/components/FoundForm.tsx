import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { logbookApi } from '../../services/api/logbook';

const FIELDS = [
  { key: 'item', label: '物品描述', required: true },
  { key: 'foundPlace', label: '拾获地点', required: true },
  { key: 'finderName', label: '拾获人', required: true },
  { key: 'finderPhone', label: '拾获人电话', required: false },
  { key: 'holder', label: '保管人', required: true },
] as const;

type Key = (typeof FIELDS)[number]['key'];

/** Registers a found item (found now): what, where, who found it, who keeps it. */
export function FoundForm({ communityId, onSaved }: { communityId: string; onSaved(): void }) {
  const [fields, setFields] = useState<Record<Key, string>>({
    item: '',
    foundPlace: '',
    finderName: '',
    finderPhone: '',
    holder: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: string; message: string }>();
  const submit = async () => {
    setBusy(true);
    const { finderPhone, ...rest } = fields;
    const answer = await logbookApi.recordFound({
      communityId,
      ...rest,
      ...(finderPhone.trim() ? { finderPhone } : {}),
      foundAt: new Date().toISOString(),
    });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(undefined);
    onSaved();
  };
  return (
    <View id="found-form" className="card">
      <Text className="section__title">登记拾获物品</Text>
      {FIELDS.map(({ key, label, required }) => (
        <Field key={key} label={label} required={required} error={error?.field === key ? error.message : undefined}>
          <Input
            id={`found-${key}`}
            className="text-input"
            value={fields[key]}
            onInput={(e) => setFields({ ...fields, [key]: e.detail.value })}
          />
        </Field>
      ))}
      {error && !FIELDS.some((f) => f.key === error.field) && (
        <Text className="notice notice--danger">{error.message}</Text>
      )}
      <BusyButton id="found-save" busy={busy} onClick={() => void submit()}>
        登记（拾获时间记为现在）
      </BusyButton>
    </View>
  );
}

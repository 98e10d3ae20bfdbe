import { useState } from 'react';
import { Checkbox, Input, Label, Text, View } from '@tarojs/components';
import type { LostItem } from '@domain/logbook';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { logbookApi } from '../../services/api/logbook';

/** Hands an item over: the claimant's name, mobile, ID card's last four, what matched, and the check. */
export function ClaimForm({ item, onDone }: { item: LostItem; onDone(): void }) {
  const [fields, setFields] = useState({ name: '', phone: '', idLast4: '', proof: '' });
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: string; message: string }>();
  const submit = async () => {
    setBusy(true);
    const answer = await logbookApi.claimFound({
      id: item.id,
      version: item.version,
      ...fields,
      identityChecked: checked as true,
    });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    onDone();
  };
  const input = (key: keyof typeof fields, label: string, hint?: string) => (
    <Field label={label} required error={error?.field === key ? error.message : undefined} hint={hint}>
      <Input
        id={`claim-${key}`}
        className="text-input"
        value={fields[key]}
        onInput={(e) => setFields({ ...fields, [key]: e.detail.value })}
      />
    </Field>
  );
  return (
    <View id="claim-form" className="card">
      <Text className="section__title">认领：{item.item}</Text>
      {input('name', '认领人姓名')}
      {input('phone', '认领人手机号')}
      {input('idLast4', '身份证号后四位', '核对认领人身份证件后填写')}
      {input('proof', '核对说明', '认领人说出的物品特征、内容等')}
      <Label className="field">
        <Checkbox id="claim-checked" value="checked" checked={checked} onClick={() => setChecked(!checked)} />
        <Text>已当面核验认领人身份证件</Text>
      </Label>
      {error && (error.field === 'identityChecked' || !error.field) && (
        <Text className="notice notice--danger">{error.message}</Text>
      )}
      <BusyButton id="claim-save" busy={busy} onClick={() => void submit()}>
        确认认领
      </BusyButton>
    </View>
  );
}

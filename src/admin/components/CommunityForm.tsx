import { Button, Input, Text, View } from '@tarojs/components';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import type { CommunityContact } from '../../services/api/place';
import { useCommunityForm } from '../hooks/useCommunityForm';
import type { CommunityDraft } from '../hooks/useCommunityForm';

// phones are typed as text: a landline has a dash, which the digit keyboards do not offer
const FIELDS: Array<{ key: keyof CommunityDraft; label: string; placeholder: string }> = [
  { key: 'name', label: '小区名称', placeholder: '如：金桂苑' },
  { key: 'address', label: '地址', placeholder: '省市区、街道门牌' },
  { key: 'serviceDeskPhone', label: '客服电话', placeholder: '如：0571-88886666' },
  { key: 'dutyPhone', label: '值班电话', placeholder: '夜间及节假日可拨打' },
];

/** Creates a community, or edits the one given; the phones are shown to owners. */
export function CommunityForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing?: CommunityContact;
  onSaved(community: CommunityContact): void;
  onCancel(): void;
}) {
  const form = useCommunityForm(editing);
  const submit = async () => {
    const saved = await form.save();
    if (saved) onSaved(saved);
  };
  return (
    <View id="community-form" className="card">
      <Text className="section__title">{editing ? `编辑「${editing.name}」` : '新建小区'}</Text>
      {FIELDS.map(({ key, label, placeholder }) => (
        <Field key={key} label={label} required error={form.errors[key]}>
          <Input
            id={`community-${key}`}
            className="text-input"
            placeholder={placeholder}
            value={form.draft[key]}
            onInput={(e) => form.update({ [key]: e.detail.value })}
          />
        </Field>
      ))}
      {form.failure && <Text className="notice notice--danger">{form.failure}</Text>}
      <BusyButton id="community-save" busy={form.saving} onClick={() => void submit()}>
        保存
      </BusyButton>
      <Button className="button button--ghost button--block" onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}

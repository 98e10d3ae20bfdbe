// Who called: the people of a unit (picked community → building → entrance → room) or of a phone
// number, each marked whether they have an account; or a caller with no account, by name and community.
import { useEffect, useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { RELATION_LABELS } from '@domain/labels';
import type { OwnerCandidate } from '@domain/owner-lookup';
import { Chips } from '../Chips';
import { Field } from '../Field';
import { UnitPicker } from '../UnitPicker';
import { usePlacePicker } from '../../hooks/usePlacePicker';
import type { useDeskIntake } from '../../hooks/useDeskIntake';

type Form = ReturnType<typeof useDeskIntake>;

const keyOf = (c: OwnerCandidate) => `${c.unitId}/${c.openid ?? c.name}`;

function Candidates({ form }: { form: Form }) {
  const { items, loading, error } = form.candidates;
  if (loading) return <Text className="text-muted">查找中…</Text>;
  if (error) return <Text className="notice notice--danger">{error}</Text>;
  if (!items) return null;
  if (items.length === 0) return <Text className="notice notice--warn">没有找到，可改按来电人登记</Text>;
  return (
    <View className="list">
      {items.map((c) => {
        const on = form.draft.chosen && keyOf(form.draft.chosen) === keyOf(c);
        return (
          <View
            key={keyOf(c)}
            id={`candidate-${c.unitId}-${c.openid ? 'account' : 'register'}-${c.name}`}
            className={`list-row ${on ? 'chip--on' : ''}`}
            onClick={() => form.choose(c)}
          >
            <View>
              <Text className="list-row__title">
                {c.name}（{RELATION_LABELS[c.relation]}）{on ? ' ✓' : ''}
              </Text>
              <Text className="list-row__sub">
                {c.unitLabel} · {c.phone || '无电话'} · {c.openid ? '已注册，可在“我的”查看' : '仅名册，未注册'}
              </Text>
            </View>
          </View>
        );
      })}
    </View>
  );
}

export function PersonFinder({ form }: { form: Form }) {
  const { draft, update, errors } = form;
  const picker = usePlacePicker();
  const [phone, setPhone] = useState('');
  const unitId = picker.choice.unit?.unitId;

  // a room picked: who lives there
  useEffect(() => {
    if (draft.findBy === 'unit' && unitId) void form.lookup({ by: 'unit', unitId });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [unitId, draft.findBy]);

  return (
    <View className="card">
      <Field label="业主" required error={errors.person}>
        <Chips
          idPrefix="find"
          items={[
            { key: 'unit', text: '按房屋查找' },
            { key: 'phone', text: '按手机号查找' },
            { key: 'caller', text: '来电人（无账号）' },
          ]}
          value={draft.findBy}
          onChange={(findBy) => update({ findBy, chosen: undefined })}
        />
      </Field>
      {draft.findBy === 'unit' && (
        <>
          {picker.communities.error && (
            <Text className="notice notice--danger">{picker.communities.error.message}</Text>
          )}
          <UnitPicker picker={picker} />
          <Candidates form={form} />
        </>
      )}
      {draft.findBy === 'phone' && (
        <>
          <Field label="手机号">
            <Input
              id="lookup-phone"
              className="text-input"
              type="number"
              maxlength={11}
              placeholder="业主手机号"
              value={phone}
              onInput={(e) => setPhone(e.detail.value)}
            />
          </Field>
          <Button
            id="lookup-by-phone"
            className="button button--ghost button--block"
            onClick={() => void form.lookup({ by: 'phone', phone })}
          >
            查找
          </Button>
          <Candidates form={form} />
        </>
      )}
      {draft.findBy === 'caller' && (
        <>
          <Field label="来电人姓名" required error={errors.callerName}>
            <Input
              id="caller-name"
              className="text-input"
              maxlength={20}
              placeholder="如：王先生"
              value={draft.callerName}
              onInput={(e) => update({ callerName: e.detail.value })}
            />
          </Field>
          <Field label="小区" required>
            <Chips
              idPrefix="caller-community"
              items={(picker.communities.data?.items ?? []).map((c) => ({ key: c.id, text: c.name }))}
              value={draft.callerCommunityId}
              onChange={(callerCommunityId) => update({ callerCommunityId })}
            />
          </Field>
        </>
      )}
    </View>
  );
}

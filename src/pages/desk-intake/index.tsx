// 代客登记: the service desk records a request that came by phone, visit, letter … for an owner
// (who then follows it in 我的) or for a caller with no account. Same flow as one filed in the app.
import Taro from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { DESK_CHANNELS } from '@domain/desk-schemas';
import { CATEGORIES, URGENCIES } from '@domain/model';
import type { MeView } from '@domain/api';
import { CATEGORY_LABELS, DESK_CHANNEL_WORDS, URGENCY_LABELS } from '@domain/labels';
import { BusyButton } from '../../components/BusyButton';
import { Chips } from '../../components/Chips';
import { Field } from '../../components/Field';
import { PageShell } from '../../components/PageShell';
import { PersonFinder } from '../../components/desk-intake/PersonFinder';
import { useDeskIntake } from '../../hooks/useDeskIntake';
import { useMe } from '../../hooks/useMe';

/** Receptionists and the service department (the server checks it too). */
const atServiceDesk = (me: MeView) => me.roles.includes('receptionist') || me.department === 'service';

function DeskForm() {
  const form = useDeskIntake();
  const { draft, update, errors } = form;
  const onUnit = draft.findBy !== 'caller' && !!draft.chosen;

  const onSubmit = async () => {
    const ticket = await form.submit();
    if (!ticket) return;
    void Taro.showToast({ title: '已登记', icon: 'success' });
    void Taro.redirectTo({ url: `/pages/ticket/index?id=${ticket.id}` });
  };

  return (
    <View className="form">
      <View className="card">
        <Field label="来源渠道" required error={errors.channel}>
          <Chips
            idPrefix="channel"
            items={DESK_CHANNELS.map((key) => ({ key, text: DESK_CHANNEL_WORDS[key] }))}
            value={draft.channel}
            onChange={(channel) => update({ channel })}
          />
        </Field>
      </View>
      <PersonFinder form={form} />
      <View className="card">
        <Field label="类别" required error={errors.category}>
          <Chips
            idPrefix="category"
            items={CATEGORIES.map((key) => ({ key, text: CATEGORY_LABELS[key] }))}
            value={draft.category}
            onChange={(category) => update(category === 'emergency' ? { category, urgency: 'urgent' } : { category })}
          />
        </Field>
        <Field label="问题描述" required error={errors.description} hint={`${draft.description.length}/500`}>
          <Textarea
            id="description"
            className="text-area"
            maxlength={500}
            placeholder="记录业主反映的问题"
            value={draft.description}
            onInput={(e) => update({ description: e.detail.value })}
          />
        </Field>
        <Field label="位置" required error={errors.location}>
          {onUnit && (
            <Chips
              idPrefix="location"
              items={[
                { key: 'unit', text: draft.chosen?.unitLabel ?? '房屋' },
                { key: 'common_area', text: '公共区域' },
              ]}
              value={draft.locationKind}
              onChange={(locationKind) => update({ locationKind })}
            />
          )}
          {(!onUnit || draft.locationKind === 'common_area') && (
            <Input
              id="common-area-text"
              className="text-input"
              placeholder="如：3栋电梯厅、东门岗亭"
              value={draft.commonAreaText}
              onInput={(e) => update({ commonAreaText: e.detail.value })}
            />
          )}
        </Field>
        <Field label="紧急程度">
          <Chips
            idPrefix="urgency"
            items={URGENCIES.map((key) => ({ key, text: URGENCY_LABELS[key] }))}
            value={draft.urgency}
            onChange={(urgency) => update({ urgency })}
          />
        </Field>
        <Field label="联系电话" required error={errors.contactPhone}>
          <Input
            id="contact-phone"
            className="text-input"
            type="number"
            maxlength={20}
            placeholder="来电号码"
            value={draft.contactPhone}
            onInput={(e) => update({ contactPhone: e.detail.value })}
          />
        </Field>
      </View>
      {form.failure && <Text className="notice notice--danger">{form.failure}</Text>}
      <BusyButton id="submit" busy={form.submitting} onClick={() => void onSubmit()}>
        {form.submitting ? '登记中…' : '登记'}
      </BusyButton>
    </View>
  );
}

export default function DeskIntakePage() {
  const { me, error, loading, reload } = useMe();
  const allowed = !!me && atServiceDesk(me);
  return (
    <PageShell
      loading={loading}
      error={error}
      onRetry={reload}
      empty={!!me && !allowed}
      emptyText="仅客服中心可代客登记"
    >
      {allowed && <DeskForm />}
    </PageShell>
  );
}

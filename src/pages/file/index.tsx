import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { CATEGORIES, URGENCIES } from '@domain/model';
import type { Category } from '@domain/model';
import { CATEGORY_LABELS, URGENCY_LABELS } from '@domain/labels';
import { BusyButton } from '../../components/BusyButton';
import { Chips } from '../../components/Chips';
import { ComplaintMarks } from '../../components/ComplaintMarks';
import { call } from '../../components/CallButtons';
import { FaqSuggestions } from '../../components/FaqSuggestions';
import { Field } from '../../components/Field';
import { NotBound } from '../../components/NotBound';
import { PageShell } from '../../components/PageShell';
import { PhotoPicker } from '../../components/PhotoPicker';
import { useFaqMatches } from '../../hooks/useFaqMatches';
import { useGuide } from '../../hooks/useGuide';
import { useMe } from '../../hooks/useMe';
import { useOnChange } from '../../hooks/useOnChange';
import { useTicketForm } from '../../hooks/useTicketForm';
import { guideApi } from '../../services/api/guide';
import { takePresetCategory } from '../../services/draft-category';
import { askSubscription } from '../../services/subscribe';
import { SUBSCRIBE_ON } from '@domain/subscription-templates';

const VISIT_TIMES = ['尽快', '今天上午', '今天下午', '明天上午', '明天下午', '周末'];

function TicketForm({ who, units, phone }: { who: string; units: { id: string; label: string }[]; phone?: string }) {
  const { draft, update, errors, refusals, submitting, failure, submit, hasDraft, discard, clear } = useTicketForm({
    who,
    unitIds: units.map((unit) => unit.id),
    phone,
  });
  const [uploading, setUploading] = useState(false);
  const guide = useGuide(who);
  const communityId = guide.data?.community.id;
  const dutyPhone = guide.data?.community.dutyPhone;

  // a consultation: answers from the community's FAQ appear under the text as it is typed
  const asking = draft.category === 'consultation';
  const matches = useFaqMatches(guide.data?.faqs, draft.description, asking);
  /** answers were shown for this consultation (counted once) */
  const answersShown = useRef(false);
  const [solving, setSolving] = useState(false);
  useEffect(() => {
    if (matches.length === 0 || answersShown.current || !communityId) return;
    answersShown.current = true;
    void guideApi.recordFaq(communityId, 'shown');
  }, [matches, communityId]);

  const onSolved = async (faqId: string) => {
    if (!communityId || solving) return;
    setSolving(true);
    const answer = await guideApi.recordFaq(communityId, 'solved', faqId);
    setSolving(false);
    if (!answer.ok) {
      void Taro.showToast({ title: answer.error.message, icon: 'none' });
      return;
    }
    answersShown.current = false;
    clear();
    void Taro.showToast({ title: '很高兴帮到您', icon: 'success' });
    void Taro.switchTab({ url: '/pages/home/index' });
  };

  // an emergency is urgent by its nature; the owner can still say otherwise
  const chooseCategory = (category: Category) =>
    update(category === 'emergency' ? { category, urgency: 'urgent' } : { category });

  // the first message may be above the screen's edge: bring it into view once drawn
  useOnChange(
    refusals,
    () => void Taro.pageScrollTo({ selector: '.field--invalid', duration: 200 }).catch(() => undefined),
  );

  useDidShow(() => {
    const category = takePresetCategory();
    if (category) chooseCategory(category);
  });

  const onSubmit = async () => {
    if (uploading) {
      void Taro.showToast({ title: '照片上传中，请稍候', icon: 'none' });
      return;
    }
    // WeChat shows its prompt only when asked inside the tap, before any await
    const asked = askSubscription(SUBSCRIBE_ON.file);
    await asked;
    const ticket = await submit();
    if (!ticket) return;
    if (ticket.category === 'consultation' && answersShown.current && communityId)
      void guideApi.recordFaq(communityId, 'filed');
    answersShown.current = false;
    void Taro.showToast({ title: '已提交', icon: 'success' });
    void Taro.navigateTo({ url: `/pages/ticket/index?id=${ticket.id}` });
  };

  return (
    <View className="form">
      <View className="card">
        <Field label="类别" required error={errors.category}>
          <Chips
            idPrefix="category"
            items={CATEGORIES.map((key) => ({ key, text: CATEGORY_LABELS[key] }))}
            value={draft.category}
            onChange={chooseCategory}
          />
        </Field>
        {draft.category === 'emergency' && (
          <Text id="emergency-call" className="notice notice--danger" onClick={() => dutyPhone && call(dutyPhone)}>
            {dutyPhone
              ? `火警、水浸、急救等紧急情况请同时拨打 119 / 120 或物业值班电话 ${dutyPhone}（点击拨打）。`
              : '火警、水浸、急救等紧急情况请同时拨打 119 / 120 或物业值班电话。'}
          </Text>
        )}
        {draft.category === 'complaint' && (
          <Field label="投诉性质" error={errors.flags}>
            <ComplaintMarks
              value={{ compensation: draft.compensation, againstManager: draft.againstManager }}
              onChange={update}
            />
          </Field>
        )}
        <Field label="问题描述" required error={errors.description} hint={`${draft.description.length}/500`}>
          <Textarea
            id="description"
            className="text-area"
            maxlength={500}
            placeholder="请描述问题，如：厨房水龙头漏水"
            value={draft.description}
            onInput={(e) => update({ description: e.detail.value })}
          />
          {asking && <FaqSuggestions matches={matches} busy={solving} onSolved={(faq) => void onSolved(faq.id)} />}
        </Field>
        <Field label="照片" error={errors.photos}>
          <PhotoPicker value={draft.photos} onChange={(photos) => update({ photos })} onBusyChange={setUploading} />
        </Field>
      </View>
      <View className="card">
        <Field label="位置" required error={errors.location}>
          <Chips
            idPrefix="location"
            items={[
              { key: 'unit', text: '我的房屋' },
              { key: 'common_area', text: '公共区域' },
            ]}
            value={draft.locationKind}
            onChange={(locationKind) => update({ locationKind })}
          />
          {draft.locationKind === 'unit' && units.length > 1 && (
            <Chips
              idPrefix="unit"
              items={units.map((unit) => ({ key: unit.id, text: unit.label }))}
              value={draft.unitId}
              onChange={(unitId) => update({ unitId })}
            />
          )}
          {draft.locationKind === 'unit' && units.length === 1 && (
            <Text className="field__value">{units[0].label}</Text>
          )}
          {draft.locationKind === 'common_area' && (
            <Input
              id="common-area-text"
              className="text-input"
              placeholder="如：3栋电梯厅、地下车库B区"
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
            placeholder="手机号码"
            value={draft.contactPhone}
            onInput={(e) => update({ contactPhone: e.detail.value })}
          />
        </Field>
        <Field label="期望上门时间" error={errors.preferredVisitTime}>
          <Chips
            idPrefix="visit"
            items={VISIT_TIMES.map((key) => ({ key, text: key }))}
            value={draft.preferredVisitTime}
            onChange={(preferredVisitTime) =>
              update({ preferredVisitTime: preferredVisitTime === draft.preferredVisitTime ? '' : preferredVisitTime })
            }
          />
        </Field>
      </View>
      {failure && <Text className="notice notice--danger">{failure}</Text>}
      <BusyButton id="submit" busy={submitting} onClick={onSubmit}>
        {submitting ? '提交中…' : '提交'}
      </BusyButton>
      {hasDraft && !submitting && (
        <Button id="discard-draft" className="button button--ghost button--block" onClick={() => void discard()}>
          放弃草稿
        </Button>
      )}
    </View>
  );
}

export default function FilePage() {
  const { me, error, loading, reload } = useMe();
  return (
    <PageShell tab="file" loading={loading} error={error} onRetry={reload}>
      {me &&
        (me.units.length > 0 ? (
          <TicketForm who={me.openid} units={me.units} phone={me.phone} />
        ) : (
          <NotBound isStaff={me.isStaff} />
        ))}
    </PageShell>
  );
}

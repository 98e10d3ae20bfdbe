// Write (or change) an announcement and publish it now or at a time. The server checks the words
// and images with WeChat before any owner sees them.
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Button, Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import { ANNOUNCEMENT_KINDS, ANNOUNCEMENT_KIND_LABELS } from '@domain/announcements';
import { saveAnnouncementInput } from '@domain/announcement-schemas';
import { BusyButton } from '../../../components/BusyButton';
import { Chips } from '../../../components/Chips';
import { Field } from '../../../components/Field';
import { PageShell } from '../../../components/PageShell';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { checked } from '../../../components/ticket-actions/checked';
import { useMe } from '../../../hooks/useMe';
import { useRemote } from '../../../hooks/useRemote';
import { announcementApi } from '../../../services/api/announcement';
import { placeApi } from '../../../services/api/place';
import type { AnnouncementForm } from '../../form';
import { chinaInstant, emptyForm, toSaveInput } from '../../form';

export default function AnnouncementEditPage() {
  const { params } = useRouter();
  const id = params.id;
  const { me } = useMe();
  const communityId = me?.communities?.[0]?.id ?? me?.community?.id;
  const existing = useRemote(id ?? null, () => announcementApi.get(id ?? ''));
  const buildings = useRemote(communityId ?? null, () => placeApi.buildings(communityId ?? ''));
  const [form, setForm] = useState<AnnouncementForm>(emptyForm);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const set = (patch: Partial<AnnouncementForm>) => setForm((f) => ({ ...f, ...patch }));

  useEffect(() => {
    const a = existing.data;
    if (!a) return;
    setForm((f) => ({
      ...f,
      kind: a.kind,
      title: a.title,
      body: a.body,
      images: a.images.map((img) => img.fileID),
      all: a.audience.all,
      buildings: a.audience.buildings,
      pinned: a.pinned,
    }));
  }, [existing.data]);

  const submit = async (andPublish: boolean) => {
    setError('');
    const input = toSaveInput(form, id, id ? undefined : communityId);
    const attempt = checked(saveAnnouncementInput, input);
    if (!attempt.input) return setError(attempt.error ?? '');
    setBusy(true);
    const saved = await announcementApi.save(input);
    if (!saved.ok) {
      setBusy(false);
      return setError(saved.error.message);
    }
    if (andPublish) {
      const at = form.scheduled ? chinaInstant(form.publishDay, form.publishTime) : undefined;
      const published = await announcementApi.publish(saved.data.id, at);
      if (!published.ok) {
        setBusy(false);
        return setError(published.error.message);
      }
    }
    setBusy(false);
    void Taro.showToast({ title: andPublish ? '已提交发布' : '草稿已保存', icon: 'success' });
    void Taro.redirectTo({ url: `/announce/pages/detail/index?id=${saved.data.id}` });
  };

  const names = buildings.data?.items.map((b) => b.name) ?? [];
  const toggle = (name: string) =>
    set({
      buildings: form.buildings.includes(name) ? form.buildings.filter((b) => b !== name) : [...form.buildings, name],
    });

  return (
    <PageShell loading={!!id && existing.loading && !existing.data} error={existing.error}>
      <View className="card" id="announcement-form">
        <Field label="类型" required>
          <Chips
            idPrefix="kind"
            items={ANNOUNCEMENT_KINDS.map((k) => ({ key: k, text: ANNOUNCEMENT_KIND_LABELS[k] }))}
            value={form.kind}
            onChange={(kind) => set({ kind })}
          />
        </Field>
        <Field label="标题" required>
          <Input
            id="announcement-title"
            className="text-input"
            maxlength={40}
            placeholder="例如：1栋停水通知"
            value={form.title}
            onInput={(e) => set({ title: e.detail.value })}
          />
        </Field>
        <Field label="正文" required>
          <Textarea
            id="announcement-body"
            className="text-area"
            maxlength={2000}
            placeholder="业主需要知道的事：原因、影响、注意事项"
            value={form.body}
            onInput={(e) => set({ body: e.detail.value })}
          />
        </Field>
        {form.kind === 'outage' && (
          <Field label="停水停电时间" required hint="中国时间">
            <Picker mode="date" value={form.outageDay} onChange={(e) => set({ outageDay: String(e.detail.value) })}>
              <Text id="outage-day" className="text-input">
                {form.outageDay}
              </Text>
            </Picker>
            <View className="announcement-times">
              <Input
                id="outage-from"
                className="text-input"
                value={form.outageFrom}
                onInput={(e) => set({ outageFrom: e.detail.value })}
              />
              <Text> 至 </Text>
              <Input
                id="outage-to"
                className="text-input"
                value={form.outageTo}
                onInput={(e) => set({ outageTo: e.detail.value })}
              />
            </View>
          </Field>
        )}
        <Field label="发布范围" required>
          <Chips
            idPrefix="audience"
            items={[
              { key: 'all', text: '全小区' },
              { key: 'buildings', text: '指定楼栋' },
            ]}
            value={form.all ? 'all' : 'buildings'}
            onChange={(key) => set({ all: key === 'all' })}
          />
          {!form.all && (
            <View className="chips">
              {names.map((name) => (
                <View
                  key={name}
                  id={`building-${name}`}
                  className={`chip ${form.buildings.includes(name) ? 'chip--on' : ''}`}
                  onClick={() => toggle(name)}
                >
                  <Text>{name}</Text>
                </View>
              ))}
            </View>
          )}
        </Field>
        <Field label="图片" hint="图片经微信内容安全审核通过后才会展示给业主">
          <PhotoPicker value={form.images} onChange={(images) => set({ images })} />
        </Field>
        <Field label="置顶">
          <Switch id="announcement-pinned" checked={form.pinned} onChange={(e) => set({ pinned: e.detail.value })} />
        </Field>
        <Field label="发布时间">
          <Chips
            idPrefix="when"
            items={[
              { key: 'now', text: '立即发布' },
              { key: 'later', text: '定时发布' },
            ]}
            value={form.scheduled ? 'later' : 'now'}
            onChange={(key) => set({ scheduled: key === 'later' })}
          />
          {form.scheduled && (
            <View className="announcement-times">
              <Picker mode="date" value={form.publishDay} onChange={(e) => set({ publishDay: String(e.detail.value) })}>
                <Text id="publish-day" className="text-input">
                  {form.publishDay}
                </Text>
              </Picker>
              <Input
                id="publish-time"
                className="text-input"
                value={form.publishTime}
                onInput={(e) => set({ publishTime: e.detail.value })}
              />
            </View>
          )}
        </Field>
        {error && (
          <Text id="announcement-error" className="field__error">
            {error}
          </Text>
        )}
        <BusyButton id="announcement-publish" busy={busy} onClick={() => void submit(true)}>
          {form.scheduled ? '定时发布' : '发布'}
        </BusyButton>
        <Button
          id="announcement-draft"
          className="button button--ghost button--block"
          onClick={() => !busy && void submit(false)}
        >
          保存草稿
        </Button>
      </View>
    </PageShell>
  );
}

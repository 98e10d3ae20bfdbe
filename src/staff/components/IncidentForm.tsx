import { useState } from 'react';
import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { INCIDENT_KINDS, INCIDENT_KIND_LABELS } from '@domain/logbook';
import type { IncidentKind } from '@domain/logbook';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { logbookApi } from '../../services/api/logbook';

/** Records a major incident: what, when (default now), where, who handled it, linked request numbers. */
export function IncidentForm({ communityId, onSaved }: { communityId: string; onSaved(): void }) {
  const [kind, setKind] = useState<IncidentKind>('security');
  const [fields, setFields] = useState({ title: '', description: '', place: '', handledBy: '', numbers: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: string; message: string }>();
  const set = (key: keyof typeof fields) => (e: { detail: { value: string } }) =>
    setFields({ ...fields, [key]: e.detail.value });
  const submit = async () => {
    setBusy(true);
    const answer = await logbookApi.createIncident({
      communityId,
      kind,
      title: fields.title,
      description: fields.description,
      occurredAt: new Date().toISOString(),
      place: fields.place,
      handledBy: fields.handledBy,
      linkedNumbers: fields.numbers.split(/[\s,，、]+/).filter(Boolean),
    });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(undefined);
    onSaved();
  };
  const errorOf = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <View id="incident-form" className="card">
      <Text className="section__title">登记重大（突发）事件</Text>
      <Field label="事件类型" required>
        <Picker
          mode="selector"
          range={INCIDENT_KINDS.map((k) => INCIDENT_KIND_LABELS[k])}
          onChange={(e) => setKind(INCIDENT_KINDS[Number(e.detail.value)] ?? 'security')}
        >
          <Text className="text-input">{INCIDENT_KIND_LABELS[kind]}</Text>
        </Picker>
      </Field>
      <Field label="事件名称" required error={errorOf('title')}>
        <Input id="incident-title" className="text-input" value={fields.title} onInput={set('title')} />
      </Field>
      <Field label="事件经过" required error={errorOf('description')}>
        <Textarea
          id="incident-description"
          className="text-area"
          value={fields.description}
          onInput={set('description')}
        />
      </Field>
      <Field label="发生地点" required error={errorOf('place')}>
        <Input id="incident-place" className="text-input" value={fields.place} onInput={set('place')} />
      </Field>
      <Field label="处理人" required error={errorOf('handledBy')}>
        <Input id="incident-handled-by" className="text-input" value={fields.handledBy} onInput={set('handledBy')} />
      </Field>
      <Field label="关联诉求编号" error={errorOf('linkedNumbers')} hint="多个编号用空格或逗号分开">
        <Input id="incident-numbers" className="text-input" value={fields.numbers} onInput={set('numbers')} />
      </Field>
      {error && !error.field && <Text className="notice notice--danger">{error.message}</Text>}
      <BusyButton id="incident-save" busy={busy} onClick={() => void submit()}>
        登记（发生时间记为现在）
      </BusyButton>
    </View>
  );
}

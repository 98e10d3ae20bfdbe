import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { SPAN_UNIT_LABELS } from '@domain/promise-policy';
import type { Span, SpanUnit } from '@domain/promise-policy';
import type { PolicyView } from '@domain/promise-settings-views';
import { BusyButton } from '../../components/BusyButton';
import { Chips } from '../../components/Chips';
import { Field } from '../../components/Field';

function SpanField({
  id,
  label,
  units,
  span,
  onChange,
}: {
  id: string;
  label: string;
  units: SpanUnit[];
  span: Span;
  onChange(span: Span): void;
}) {
  return (
    <Field label={label}>
      <Input
        id={`${id}-value`}
        className="text-input"
        type="number"
        value={String(span.value)}
        onInput={(e) => onChange({ ...span, value: Number(e.detail.value) })}
      />
      <Chips
        idPrefix={`${id}-unit`}
        items={units.map((unit) => ({ key: unit, text: SPAN_UNIT_LABELS[unit] }))}
        value={span.unit}
        onChange={(unit) => onChange({ ...span, unit })}
      />
    </Field>
  );
}

/** When the handler is warned, and how long a missed promise waits before it reaches the manager. */
export function PolicyOptions({
  view,
  busy,
  onSave,
}: {
  view: PolicyView;
  busy: boolean;
  onSave(warnPercent: number, escalateAfter: PolicyView['escalateAfter']): void;
}) {
  const [warn, setWarn] = useState(String(view.warnPercent));
  const [clock, setClock] = useState(view.escalateAfter.clock);
  const [working, setWorking] = useState(view.escalateAfter.working);
  return (
    <View id="policy-options" className="card">
      <Text className="section__title">提醒与升级</Text>
      <Field label="提醒时点（时限的百分比）" hint="如 75：时限过去四分之三时提醒处理人">
        <Input
          id="policy-warn"
          className="text-input"
          type="number"
          value={warn}
          onInput={(e) => setWarn(e.detail.value)}
        />
      </Field>
      <SpanField
        id="policy-escalate-clock"
        label="超时后再过多久升级给项目经理（按时钟计的环节）"
        units={['minutes', 'hours']}
        span={clock}
        onChange={setClock}
      />
      <SpanField
        id="policy-escalate-working"
        label="超时后再过多久升级给项目经理（按工作日计的环节）"
        units={['working_hours', 'working_days']}
        span={working}
        onChange={setWorking}
      />
      <BusyButton id="policy-options-save" busy={busy} onClick={() => onSave(Number(warn), { clock, working })}>
        保存提醒与升级
      </BusyButton>
    </View>
  );
}

// A consultation passed to a department, with the time the owner may expect its answer by.
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { DEPARTMENT_LABELS } from '@domain/labels';
import { DEPARTMENTS } from '@domain/model';
import type { Department } from '@domain/model';
import { referInput } from '@domain/schemas';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { Chips } from '../Chips';
import { Field } from '../Field';
import { checked, hoursFromNow } from './checked';
import type { Run } from './checked';

const SPANS = [
  { key: '2', text: '2小时内' },
  { key: '4', text: '4小时内' },
  { key: '24', text: '1天内' },
  { key: '72', text: '3天内' },
] as const;
type Span = (typeof SPANS)[number]['key'];

export function ReferForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [department, setDepartment] = useState<Department>();
  const [span, setSpan] = useState<Span>('24');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const send = async () => {
    setError('');
    const attempt = checked(referInput, {
      ticketId: ticket.id,
      toDepartment: department,
      expectedAt: hoursFromNow(Number(span)),
      reason,
    });
    if (!attempt.input) {
      setError(attempt.error ?? '');
      return;
    }
    const input = attempt.input;
    if (await run(() => ticketApi.refer(input), '已转部门答复')) setReason('');
  };
  return (
    <View className="card composer" id="form-refer">
      <Text className="section__title">转部门答复</Text>
      <Field label="答复部门" required>
        <Chips
          idPrefix="refer-dept"
          items={DEPARTMENTS.filter((d) => d !== ticket.department).map((key) => ({
            key,
            text: DEPARTMENT_LABELS[key],
          }))}
          value={department}
          onChange={setDepartment}
        />
      </Field>
      <Field label="预计答复（业主可见）" required>
        <Chips idPrefix="refer-span" items={[...SPANS]} value={span} onChange={setSpan} />
      </Field>
      <Textarea
        id="refer-reason"
        className="text-area"
        maxlength={200}
        placeholder="转交说明，业主可见"
        value={reason}
        onInput={(e) => setReason(e.detail.value)}
      />
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="refer-send" busy={busy} onClick={send}>
        转部门答复
      </BusyButton>
    </View>
  );
}

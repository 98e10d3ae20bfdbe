// After-sales: the rework slip (物业返修联系单) — the defect, its place and the day it is due.
import { useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { issueSlipInput } from '@domain/schemas';
import { toIso } from '@domain/time';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { Field } from '../Field';
import { checked } from './checked';
import type { Run } from './checked';

/** The slip is due at the end of the chosen working day, China time. */
const DUE_HOUR = '18:00:00';

export function SlipForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const today = toIso(new Date()).slice(0, 10);
  const [defect, setDefect] = useState('');
  const [place, setPlace] = useState('');
  const [day, setDay] = useState('');
  const [error, setError] = useState('');
  const send = async () => {
    const attempt = checked(issueSlipInput, {
      ticketId: ticket.id,
      defect,
      place,
      deadline: day ? `${day}T${DUE_HOUR}+08:00` : undefined,
    });
    if (!attempt.input) return setError(attempt.error ?? '');
    const input = attempt.input;
    await run(() => ticketApi.issueSlip(input), '已开具返修联系单');
  };
  return (
    <View className="card slip-form">
      <Text className="section__title">物业返修联系单</Text>
      <Field label="缺陷描述" required>
        <Input
          id="slip-defect"
          className="text-input"
          maxlength={200}
          placeholder="如：卫生间东墙渗水"
          value={defect}
          onInput={(e) => (setDefect(e.detail.value), setError(''))}
        />
      </Field>
      <Field label="缺陷部位" required>
        <Input
          id="slip-place"
          className="text-input"
          maxlength={50}
          placeholder="如：1栋1单元101主卫"
          value={place}
          onInput={(e) => (setPlace(e.detail.value), setError(''))}
        />
      </Field>
      <Field label="完成期限" required hint="当天18:00前完成">
        <Picker
          mode="date"
          value={day || today}
          start={today}
          onChange={(e) => (setDay(String(e.detail.value)), setError(''))}
        >
          <Text id="slip-deadline" className="text-input">
            {day || '请选择日期'}
          </Text>
        </Picker>
      </Field>
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="slip-submit" busy={busy} onClick={send}>
        开具联系单
      </BusyButton>
    </View>
  );
}

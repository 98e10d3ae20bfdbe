// A suggestion adopted: the plan, and the date it is carried out by (the owner reads both, with thanks).
import { useState } from 'react';
import { Picker, Text, Textarea, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { adoptInput } from '@domain/schemas';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { Field } from '../Field';
import { checked } from './checked';
import type { Run } from './checked';

export function AdoptForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [plan, setPlan] = useState('');
  const [by, setBy] = useState('');
  const [error, setError] = useState('');
  const send = async () => {
    setError('');
    const attempt = checked(adoptInput, { ticketId: ticket.id, plan, by });
    if (!attempt.input) {
      setError(attempt.error ?? '');
      return;
    }
    const input = attempt.input;
    if (await run(() => ticketApi.adopt(input), '已采纳并告知业主')) setPlan('');
  };
  return (
    <View className="card composer" id="form-adopt">
      <Text className="section__title">采纳建议</Text>
      <Textarea
        id="adopt-plan"
        className="text-area"
        maxlength={1000}
        placeholder="实施方案，业主可见"
        value={plan}
        onInput={(e) => setPlan(e.detail.value)}
      />
      <Field label="实施日期" required>
        <Picker mode="date" value={by} onChange={(e) => setBy(String(e.detail.value))}>
          <Text id="adopt-date" className="text-input">
            {by || '请选择日期'}
          </Text>
        </Picker>
      </Field>
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="adopt-send" busy={busy} onClick={send}>
        采纳建议
      </BusyButton>
    </View>
  );
}

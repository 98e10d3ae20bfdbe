// A cause that lies with a utility: which one, and how the follow-up with it went (the owner reads it).
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { UTILITY_LABELS } from '@domain/labels';
import { UTILITIES } from '@domain/model';
import type { Utility } from '@domain/model';
import { utilityFollowUpInput } from '@domain/schemas';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { Chips } from '../Chips';
import { checked } from './checked';
import type { Run } from './checked';

export function UtilityFollowUpForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [utility, setUtility] = useState<Utility | undefined>(ticket.flags?.utility);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const send = async () => {
    setError('');
    const attempt = checked(utilityFollowUpInput, { ticketId: ticket.id, utility, text });
    if (!attempt.input) {
      setError(attempt.error ?? '');
      return;
    }
    const input = attempt.input;
    if (await run(() => ticketApi.utilityFollowUp(input), '已记录跟进')) setText('');
  };
  return (
    <View className="card composer" id="form-utility">
      <Text className="section__title">市政单位跟进</Text>
      <Chips
        idPrefix="utility"
        items={UTILITIES.map((key) => ({ key, text: UTILITY_LABELS[key] }))}
        value={utility}
        onChange={setUtility}
      />
      <Textarea
        id="utility-text"
        className="text-area"
        maxlength={500}
        placeholder="与市政单位的交涉情况，业主可见"
        value={text}
        onInput={(e) => setText(e.detail.value)}
      />
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="utility-send" busy={busy} onClick={send}>
        记录跟进
      </BusyButton>
    </View>
  );
}

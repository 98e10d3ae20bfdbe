// Paid service: the department quotes a price (entered in yuan, sent in fen) and what it includes.
import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { quoteInput } from '@domain/schemas';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { Field } from '../Field';
import { checked } from './checked';
import type { Run } from './checked';

/** "120.5" → 12050; anything that is not an amount → NaN, which the schema refuses. */
const toFen = (yuan: string) => (/^\d+(\.\d{1,2})?$/.test(yuan.trim()) ? Math.round(Number(yuan) * 100) : NaN);

export function QuoteForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [yuan, setYuan] = useState('');
  const [items, setItems] = useState('');
  const [error, setError] = useState('');
  const send = async () => {
    const attempt = checked(quoteInput, { ticketId: ticket.id, amountFen: toFen(yuan), items });
    if (!attempt.input) return setError(Number.isNaN(toFen(yuan)) ? '请填写正确的报价金额' : (attempt.error ?? ''));
    const input = attempt.input;
    await run(() => ticketApi.quote(input), '已报价，等待业主确认');
  };
  return (
    <View className="card quote-form">
      <Text className="section__title">{ticket.quote ? '修改报价' : '报价'}</Text>
      <Field label="金额（元）" required>
        <Input
          id="quote-amount"
          className="text-input"
          type="digit"
          placeholder="如 120.00"
          value={yuan}
          onInput={(e) => (setYuan(e.detail.value), setError(''))}
        />
      </Field>
      <Field label="服务内容" required>
        <Textarea
          id="quote-items"
          className="text-area"
          maxlength={200}
          placeholder="报价包含的服务、材料与上门费"
          value={items}
          onInput={(e) => (setItems(e.detail.value), setError(''))}
        />
      </Field>
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="quote-submit" busy={busy} onClick={send}>
        发送报价
      </BusyButton>
    </View>
  );
}

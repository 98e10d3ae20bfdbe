// Paid service: the owner reads the price and accepts it (work starts) or declines it (it ends).
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { declineQuoteInput } from '@domain/schemas';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { checked, formatYuan } from './checked';
import type { Run } from './checked';

export function QuoteAnswer({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const quote = ticket.quote;
  if (!quote) return null;
  const decline = async () => {
    const attempt = checked(declineQuoteInput, { ticketId: ticket.id, ...(reason ? { reason } : {}) });
    if (!attempt.input) return setError(attempt.error ?? '');
    const input = attempt.input;
    await run(() => ticketApi.declineQuote(input), '已为您取消本次服务，感谢您的信任', true);
  };
  return (
    <View className="card quote-answer">
      <Text className="section__title">服务报价</Text>
      <Text id="quote-price" className="quote-answer__price">
        {formatYuan(quote.amountFen)}
      </Text>
      <Text className="ticket__description">{quote.items}</Text>
      <Text className="text-muted">确认报价后工作人员开始服务；不接受报价，本次服务即结束。</Text>
      <BusyButton
        id="quote-accept"
        busy={busy}
        onClick={() => run(() => ticketApi.acceptQuote(ticket.id), '已确认报价，我们将尽快安排')}
      >
        确认报价
      </BusyButton>
      {declining ? (
        <View>
          <Input
            id="quote-decline-reason"
            className="text-input"
            maxlength={200}
            placeholder="不接受的原因（选填）"
            value={reason}
            onInput={(e) => (setReason(e.detail.value), setError(''))}
          />
          {error && <Text className="field__error">{error}</Text>}
          <BusyButton id="quote-decline-submit" busy={busy} onClick={decline}>
            确认不接受
          </BusyButton>
        </View>
      ) : (
        <Text id="quote-decline" className="button button--ghost button--block" onClick={() => setDeclining(true)}>
          不接受报价
        </Text>
      )}
    </View>
  );
}

// 撤销: the owner withdraws a request nobody has accepted yet, with a reason.
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { withdrawInput } from '@domain/schemas';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { checked } from './checked';
import type { Run } from './checked';

export function WithdrawForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  if (!open)
    return (
      <Text id="withdraw-open" className="button button--ghost button--block" onClick={() => setOpen(true)}>
        撤销诉求
      </Text>
    );
  const send = async () => {
    const attempt = checked(withdrawInput, { ticketId: ticket.id, reason });
    if (!attempt.input) return setError(attempt.error ?? '');
    const input = attempt.input;
    await run(() => ticketApi.withdraw(input), '已撤销');
  };
  return (
    <View className="card withdraw-form">
      <Text className="section__title">撤销诉求</Text>
      <Text className="text-muted">尚未有工作人员受理，撤销后本诉求不再处理。</Text>
      <Input
        id="withdraw-reason"
        className="text-input"
        maxlength={200}
        placeholder="撤销原因，如：问题已自行解决"
        value={reason}
        onInput={(e) => (setReason(e.detail.value), setError(''))}
      />
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="withdraw-submit" busy={busy} onClick={send}>
        确认撤销
      </BusyButton>
    </View>
  );
}

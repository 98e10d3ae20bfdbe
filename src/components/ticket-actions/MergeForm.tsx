// Staff merge a duplicate into the surviving request, named by its number.
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { mergeInput } from '@domain/schemas';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { checked } from './checked';
import type { Run } from './checked';

export function MergeForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');
  const [error, setError] = useState('');
  if (!open)
    return (
      <Text id="merge-open" className="button button--ghost button--block" onClick={() => setOpen(true)}>
        合并重复诉求
      </Text>
    );
  const send = async () => {
    const attempt = checked(mergeInput, { ticketId: ticket.id, intoNumber: number });
    if (!attempt.input) return setError(attempt.error ?? '');
    const input = attempt.input;
    await run(() => ticketApi.merge(input), '已合并');
  };
  return (
    <View className="card merge-form">
      <Text className="section__title">合并到另一条诉求</Text>
      <Text className="text-muted">同一问题由多位业主反映时使用。本诉求结束，业主改为跟进保留的诉求的处理进度。</Text>
      <Input
        id="merge-number"
        className="text-input"
        maxlength={20}
        placeholder="保留的诉求编号，如 ED20261122-0007"
        value={number}
        onInput={(e) => (setNumber(e.detail.value), setError(''))}
      />
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="merge-submit" busy={busy} onClick={send}>
        确认合并
      </BusyButton>
    </View>
  );
}

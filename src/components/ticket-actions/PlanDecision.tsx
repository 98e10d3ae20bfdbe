// The department head (or leadership) approves a complaint's plan, or returns it with a reason.
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { returnPlanInput } from '@domain/schemas';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { checked } from './checked';
import type { Run } from './checked';

export function PlanDecision({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const giveBack = async () => {
    setError('');
    const attempt = checked(returnPlanInput, { ticketId: ticket.id, reason });
    if (!attempt.input) {
      setError(attempt.error ?? '');
      return;
    }
    const input = attempt.input;
    if (await run(() => ticketApi.returnPlan(input), '方案已退回')) setReason('');
  };
  return (
    <View className="card composer" id="form-plan-decision">
      <Text className="section__title">审批处理方案</Text>
      <BusyButton
        id="plan-approve"
        busy={busy}
        onClick={() => run(() => ticketApi.approvePlan({ ticketId: ticket.id }), '方案已批准，已告知业主')}
      >
        批准方案
      </BusyButton>
      <Textarea
        id="plan-return-reason"
        className="text-area"
        maxlength={200}
        placeholder="退回原因（仅内部可见）"
        value={reason}
        onInput={(e) => setReason(e.detail.value)}
      />
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="plan-return" busy={busy} onClick={giveBack}>
        退回方案
      </BusyButton>
    </View>
  );
}

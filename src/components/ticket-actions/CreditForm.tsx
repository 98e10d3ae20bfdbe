// Quality credits verified praise to the staff member it names (picked from the community's staff).
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { DEPARTMENT_LABELS } from '@domain/labels';
import { creditInput } from '@domain/schemas';
import { useRemote } from '../../hooks/useRemote';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { Chips } from '../Chips';
import { Field } from '../Field';
import { checked } from './checked';
import type { Run } from './checked';

export function CreditForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const people = useRemote(`credit-${ticket.id}`, () =>
    ticketApi.staffChoices({ ticketId: ticket.id, purpose: 'credit' }),
  );
  const [staffOpenid, setStaffOpenid] = useState<string>();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const send = async () => {
    setError('');
    const attempt = checked(creditInput, { ticketId: ticket.id, staffOpenid, ...(text ? { text } : {}) });
    if (!attempt.input) {
      setError(attempt.error ?? '');
      return;
    }
    const input = attempt.input;
    await run(() => ticketApi.credit(input), '表扬已记入服务档案');
  };
  return (
    <View className="card composer" id="form-credit">
      <Text className="section__title">核实并记入服务档案</Text>
      <Field label="表扬对象" required>
        {people.loading && !people.data && <Text className="text-muted">加载中…</Text>}
        {people.error && (
          <Text className="notice notice--danger" onClick={() => void people.reload()}>
            {people.error.message}（点击重试）
          </Text>
        )}
        {people.data?.length === 0 && <Text className="text-muted">本小区暂无工作人员</Text>}
        {people.data && (
          <Chips
            idPrefix="credit-staff"
            items={people.data.map((p) => ({
              key: p.openid,
              text: p.department ? `${p.name}（${DEPARTMENT_LABELS[p.department]}）` : p.name,
            }))}
            value={staffOpenid}
            onChange={setStaffOpenid}
          />
        )}
      </Field>
      <Input
        id="credit-text"
        className="text-input"
        maxlength={200}
        placeholder="核实说明（选填）"
        value={text}
        onInput={(e) => setText(e.detail.value)}
      />
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="credit-send" busy={busy} onClick={send}>
        记入服务档案
      </BusyButton>
    </View>
  );
}

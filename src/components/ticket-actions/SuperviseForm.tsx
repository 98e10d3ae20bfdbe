// 督办: a department head or the manager adds a note the handler must acknowledge, and may set a deadline.
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { superviseInput } from '@domain/schemas';
import { useRemote } from '../../hooks/useRemote';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { Chips } from '../Chips';
import { Field } from '../Field';
import { checked, hoursFromNow } from './checked';
import type { Run } from './checked';

const DEADLINES = [
  { key: 'none', text: '不改期限' },
  { key: '2', text: '2小时内' },
  { key: '8', text: '8小时内' },
  { key: '24', text: '1天内' },
] as const;
type Deadline = (typeof DEADLINES)[number]['key'];

export function SuperviseForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [note, setNote] = useState('');
  const [deadline, setDeadline] = useState<Deadline>('none');
  const [assignee, setAssignee] = useState<string>('none');
  const people = useRemote(`reassign-${ticket.id}`, () =>
    ticketApi.staffChoices({ ticketId: ticket.id, purpose: 'reassign' }),
  );
  const [error, setError] = useState('');
  const send = async () => {
    setError('');
    const attempt = checked(superviseInput, {
      ticketId: ticket.id,
      note,
      ...(deadline === 'none' ? {} : { deadline: hoursFromNow(Number(deadline)) }),
      ...(assignee === 'none' ? {} : { assigneeOpenid: assignee }),
    });
    if (!attempt.input) {
      setError(attempt.error ?? '');
      return;
    }
    const input = attempt.input;
    if (await run(() => ticketApi.supervise(input), '已督办')) {
      setNote('');
      setAssignee('none');
    }
  };
  return (
    <View className="card composer" id="form-supervise">
      <Text className="section__title">督办</Text>
      <Textarea
        id="supervise-note"
        className="text-area"
        maxlength={500}
        placeholder="督办意见，处理人须确认（仅内部可见）"
        value={note}
        onInput={(e) => setNote(e.detail.value)}
      />
      <Field label="当前步骤期限">
        <Chips idPrefix="supervise-deadline" items={[...DEADLINES]} value={deadline} onChange={setDeadline} />
      </Field>
      {people.data && people.data.length > 0 && (
        <Field label="改派（本部门）">
          <Chips
            idPrefix="supervise-assignee"
            items={[{ key: 'none', text: '不改派' }, ...people.data.map((p) => ({ key: p.openid, text: p.name }))]}
            value={assignee}
            onChange={setAssignee}
          />
        </Field>
      )}
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="supervise-send" busy={busy} onClick={send}>
        督办
      </BusyButton>
    </View>
  );
}

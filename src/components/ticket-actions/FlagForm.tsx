// The service desk marks a complaint: compensation claim, against the manager, major, a utility cause.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { UTILITY_LABELS } from '@domain/labels';
import { UTILITIES } from '@domain/model';
import type { TicketFlags, Utility } from '@domain/model';
import { flagInput } from '@domain/schemas';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import { Chips } from '../Chips';
import { checked } from './checked';
import type { Run } from './checked';

const MARKS = [
  { key: 'compensation', text: '涉及赔偿（报公司领导）' },
  { key: 'againstManager', text: '投诉项目经理（报公司领导）' },
  { key: 'major', text: '重大投诉（需纠正措施报告）' },
] as const;
type Mark = (typeof MARKS)[number]['key'];

export function FlagForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [marks, setMarks] = useState<Mark[]>([]);
  const [utility, setUtility] = useState<Utility>();
  const [error, setError] = useState('');
  const current: TicketFlags = ticket.flags ?? {};
  const open = MARKS.filter((m) => !current[m.key]);
  const toggle = (key: Mark) => setMarks((now) => (now.includes(key) ? now.filter((k) => k !== key) : [...now, key]));
  const send = async () => {
    setError('');
    const flags = { ...Object.fromEntries(marks.map((k) => [k, true])), ...(utility ? { utility } : {}) };
    const attempt = checked(flagInput, { ticketId: ticket.id, flags });
    if (!attempt.input) {
      setError(attempt.error ?? '');
      return;
    }
    const input = attempt.input;
    if (await run(() => ticketApi.flag(input), '已标记')) {
      setMarks([]);
      setUtility(undefined);
    }
  };
  return (
    <View className="card composer" id="form-flag">
      <Text className="section__title">标记投诉</Text>
      <View className="chips">
        {open.map((mark) => (
          <Text
            key={mark.key}
            id={`flag-${mark.key}`}
            className={`chip ${marks.includes(mark.key) ? 'chip--on' : ''}`}
            onClick={() => toggle(mark.key)}
          >
            {mark.text}
          </Text>
        ))}
      </View>
      {!current.utility && (
        <Chips
          idPrefix="flag-utility"
          items={UTILITIES.map((key) => ({ key, text: `市政原因：${UTILITY_LABELS[key]}` }))}
          value={utility}
          onChange={(key) => setUtility(key === utility ? undefined : key)}
        />
      )}
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="flag-send" busy={busy} onClick={send}>
        保存标记
      </BusyButton>
    </View>
  );
}

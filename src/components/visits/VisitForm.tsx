// One attempt of a return visit: reached or not, satisfied or not, and what the owner said.
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { RecordVisitInput } from '@domain/visit-schemas';
import { BusyButton } from '../BusyButton';
import { Chips } from '../Chips';
import { Field } from '../Field';

type Answer = 'satisfied' | 'unsatisfied' | 'unreached';

export function VisitForm({
  visitId,
  busy,
  onSubmit,
}: {
  visitId: string;
  busy: boolean;
  onSubmit(input: RecordVisitInput): void;
}) {
  const [answer, setAnswer] = useState<Answer>();
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string>();

  const submit = () => {
    if (!answer) return setError('请选择回访结果');
    if (answer === 'unsatisfied' && !notes.trim()) return setError('请填写业主不满意的原因');
    setError(undefined);
    onSubmit({
      visitId,
      reached: answer !== 'unreached',
      ...(answer === 'unreached' ? {} : { satisfied: answer === 'satisfied' }),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    });
  };

  return (
    <View className="visit-form">
      <Field label="回访结果" required error={error}>
        <Chips
          idPrefix={`visit-answer-${visitId}`}
          items={[
            { key: 'satisfied', text: '满意' },
            { key: 'unsatisfied', text: '不满意' },
            { key: 'unreached', text: '未联系上' },
          ]}
          value={answer}
          onChange={setAnswer}
        />
      </Field>
      {answer === 'unsatisfied' && <Text className="notice notice--warn">提交后诉求将退回原部门重新处理</Text>}
      <Field label="回访记录" required={answer === 'unsatisfied'}>
        <Textarea
          id={`visit-notes-${visitId}`}
          className="text-area"
          maxlength={500}
          placeholder={answer === 'unreached' ? '如：电话无人接听' : '业主的意见'}
          value={notes}
          onInput={(e) => setNotes(e.detail.value)}
        />
      </Field>
      <BusyButton id={`visit-submit-${visitId}`} busy={busy} onClick={submit}>
        提交回访结果
      </BusyButton>
    </View>
  );
}

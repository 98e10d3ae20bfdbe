// What the viewer may do now (`can`, checked again by the server): staff accept, reply, note,
// transfer and resolve; the owner rates. The forms of the other commands are in ticket-actions/.
import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import type { TicketCommand, TicketView } from '@domain/api';
import { DEPARTMENTS } from '@domain/model';
import type { Department } from '@domain/model';
import { DEPARTMENT_LABELS, RATING_TAGS } from '@domain/labels';
import { SUBSCRIBE_ON } from '@domain/subscription-templates';
import { askSubscription } from '../services/subscribe';
import { noteInput, rateInput, replyInput, resolveInput, transferInput } from '@domain/schemas';
import type { z } from 'zod';
import { ticketApi } from '../services/api/ticket';
import { BusyButton } from './BusyButton';
import { Chips } from './Chips';
import { Field } from './Field';
import { PhotoPicker } from './PhotoPicker';
import { RatingInput } from './RatingInput';
import { AdoptForm } from './ticket-actions/AdoptForm';
import { checked } from './ticket-actions/checked';
import { CreditForm } from './ticket-actions/CreditForm';
import type { Run } from './ticket-actions/checked';
import { FlagForm } from './ticket-actions/FlagForm';
import { PlanDecision } from './ticket-actions/PlanDecision';
import { ReferForm } from './ticket-actions/ReferForm';
import { SuperviseForm } from './ticket-actions/SuperviseForm';
import { TEXT_COMMANDS } from './ticket-actions/text-commands';
import { TextCommandForm } from './ticket-actions/TextCommandForm';
import { UtilityFollowUpForm } from './ticket-actions/UtilityFollowUpForm';
import { MergeForm } from './ticket-actions/MergeForm';
import { QuoteAnswer } from './ticket-actions/QuoteAnswer';
import { QuoteForm } from './ticket-actions/QuoteForm';
import { SlipForm } from './ticket-actions/SlipForm';
import { UrgeButton } from './ticket-actions/UrgeButton';
import { WithdrawForm } from './ticket-actions/WithdrawForm';

type Composer = Extract<TicketCommand, 'reply' | 'note' | 'transfer' | 'resolve'>;

const COMPOSER_LABELS: Record<Composer, string> = {
  reply: '回复业主',
  note: '内部备注',
  transfer: '转呈',
  resolve: '办结',
};

function StaffComposer({
  ticket,
  run,
  busy,
  commands,
}: {
  ticket: TicketView;
  run: Run;
  busy: boolean;
  commands: Composer[];
}) {
  const [mode, setMode] = useState<Composer>(commands[0]);
  // one draft per mode: words written as an internal note must never go out as a reply by a slip
  const [drafts, setDrafts] = useState<Partial<Record<Composer, string>>>({});
  const text = drafts[mode] ?? '';
  const setText = (value: string) => setDrafts((current) => ({ ...current, [mode]: value }));
  const [photos, setPhotos] = useState<string[]>([]);
  const [department, setDepartment] = useState<Department>();
  const [error, setError] = useState('');
  const ticketId = ticket.id;

  const send = async () => {
    setError('');
    const attempt =
      mode === 'reply'
        ? checked(replyInput, { ticketId, text })
        : mode === 'note'
          ? checked(noteInput, { ticketId, text })
          : mode === 'transfer'
            ? checked(transferInput, { ticketId, toDepartment: department, reason: text })
            : checked(resolveInput, { ticketId, text, photos });
    if (!attempt.input) {
      setError(attempt.error ?? '');
      return;
    }
    const input = attempt.input;
    const ok = await run(
      () =>
        mode === 'reply'
          ? ticketApi.reply(input as z.output<typeof replyInput>)
          : mode === 'note'
            ? ticketApi.note(input as z.output<typeof noteInput>)
            : mode === 'transfer'
              ? ticketApi.transfer(input as z.output<typeof transferInput>)
              : ticketApi.resolve(input as z.output<typeof resolveInput>),
      mode === 'transfer' ? '已转呈' : mode === 'resolve' ? '已办结' : '已发送',
    );
    if (ok) {
      setDrafts((current) => ({ ...current, [mode]: '' }));
      setPhotos([]);
    }
  };

  const placeholder = {
    reply: '业主可见的回复',
    note: '仅工作人员可见',
    transfer: '转呈原因（业主不可见）',
    resolve: '处理结果，业主可见',
  }[mode];
  return (
    <View className="card composer">
      {commands.length > 1 ? (
        <Chips
          idPrefix="compose"
          items={commands.map((key) => ({ key, text: COMPOSER_LABELS[key] }))}
          value={mode}
          onChange={(next) => (setMode(next), setError(''))}
        />
      ) : (
        <Text className="section__title">{COMPOSER_LABELS[mode]}</Text>
      )}
      {mode === 'transfer' && (
        <Field label="转呈部门" required>
          <Chips
            idPrefix="transfer-dept"
            items={DEPARTMENTS.filter((d) => d !== ticket.department).map((key) => ({
              key,
              text: DEPARTMENT_LABELS[key],
            }))}
            value={department}
            onChange={setDepartment}
          />
        </Field>
      )}
      <Textarea
        id="composer-text"
        className="text-area"
        maxlength={500}
        placeholder={placeholder}
        value={text}
        onInput={(e) => setText(e.detail.value)}
      />
      {mode === 'resolve' && <PhotoPicker value={photos} onChange={setPhotos} />}
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="composer-send" busy={busy} onClick={send}>
        {COMPOSER_LABELS[mode]}
      </BusyButton>
    </View>
  );
}

function RateForm({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const [score, setScore] = useState(0);
  const [tags, setTags] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');

  const toggle = (tag: string) =>
    setTags((current) => (current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag]));
  const send = async () => {
    const attempt = checked(rateInput, { ticketId: ticket.id, score, tags, ...(comment ? { comment } : {}) });
    if (!attempt.input) {
      setError(attempt.error ?? '');
      return;
    }
    const input = attempt.input;
    const unsatisfied = input.score <= 2;
    // a low rating is handled again, a closed complaint gets a return visit: messages follow
    if (unsatisfied || ticket.category === 'complaint') await askSubscription(SUBSCRIBE_ON.followUp);
    await run(
      () => ticketApi.rate(input),
      unsatisfied ? '已退回重新处理，我们会尽快跟进' : '感谢您的评价',
      unsatisfied,
    );
  };

  return (
    <View className="card rate-form">
      <Text className="section__title">请评价本次服务</Text>
      <RatingInput value={score} onChange={(next) => (setScore(next), setError(''))} />
      <View className="chips">
        {RATING_TAGS.map((tag) => (
          <Text key={tag} className={`chip ${tags.includes(tag) ? 'chip--on' : ''}`} onClick={() => toggle(tag)}>
            {tag}
          </Text>
        ))}
      </View>
      <Input
        id="rate-comment"
        className="text-input"
        maxlength={200}
        placeholder="说说您的感受（选填）"
        value={comment}
        onInput={(e) => setComment(e.detail.value)}
      />
      {score > 0 && score <= 2 && (
        <Text className="notice notice--warn">评价为不满意时，诉求将退回相关部门重新处理，直到您满意为止。</Text>
      )}
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id="rate-submit" busy={busy} onClick={send}>
        提交评价
      </BusyButton>
    </View>
  );
}

export function TicketActions({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const composer = (['reply', 'note', 'transfer', 'resolve'] as const).filter((command) =>
    ticket.can.includes(command),
  );
  return (
    <View className="actions">
      {ticket.can.includes('accept') && (
        <BusyButton id="action-accept" busy={busy} onClick={() => run(() => ticketApi.accept(ticket.id), '已受理')}>
          受理
        </BusyButton>
      )}
      {composer.length > 0 && (
        <StaffComposer key={composer.join()} ticket={ticket} run={run} busy={busy} commands={composer} />
      )}
      {TEXT_COMMANDS.filter((command) => ticket.can.includes(command.name)).map((command) => (
        <TextCommandForm key={command.name} ticket={ticket} run={run} busy={busy} command={command} />
      ))}
      {ticket.can.includes('approve_plan') && <PlanDecision ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('refer') && <ReferForm ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('adopt') && <AdoptForm ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('credit') && <CreditForm ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('utility_follow_up') && <UtilityFollowUpForm ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('flag') && <FlagForm ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('supervise') && <SuperviseForm ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('rate') && <RateForm ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('quote') && <QuoteForm ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('accept_quote') && <QuoteAnswer ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('issue_slip') && <SlipForm ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('urge') && <UrgeButton ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('withdraw') && <WithdrawForm ticket={ticket} run={run} busy={busy} />}
      {ticket.can.includes('merge') && <MergeForm ticket={ticket} run={run} busy={busy} />}
    </View>
  );
}

// One form for the commands that carry one text (an apology, a contact record, a plan, an answer …):
// each command's words and schema are in text-commands.ts.
import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { BusyButton } from '../BusyButton';
import { checked } from './checked';
import type { Run } from './checked';
import type { TextCommand } from './text-commands';

export function TextCommandForm({
  ticket,
  run,
  busy,
  command,
}: {
  ticket: TicketView;
  run: Run;
  busy: boolean;
  command: TextCommand;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const send = async () => {
    setError('');
    const attempt = checked(command.schema, { ticketId: ticket.id, [command.field]: text });
    if (!attempt.input) {
      setError(attempt.error ?? '');
      return;
    }
    const input = attempt.input;
    if (await run(() => command.call(input as never), command.done)) setText('');
  };
  return (
    <View className="card composer" id={`form-${command.name}`}>
      <Text className="section__title">{command.title}</Text>
      <Textarea
        id={`${command.name}-text`}
        className="text-area"
        maxlength={command.maxlength}
        placeholder={command.placeholder}
        value={text}
        onInput={(e) => setText(e.detail.value)}
      />
      {error && <Text className="field__error">{error}</Text>}
      <BusyButton id={`${command.name}-send`} busy={busy} onClick={send}>
        {command.title}
      </BusyButton>
    </View>
  );
}

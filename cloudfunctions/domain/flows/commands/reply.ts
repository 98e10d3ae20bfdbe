import { defineCommand } from './definition';
import { handlerOrDesk } from './guards';

export const reply = defineCommand<'reply'>({
  guard: handlerOrDesk,
  apply: (_t, command) => ({
    changes: {},
    entries: [{ kind: 'replied', internal: false, text: command.text }],
    effects: [{ type: 'NOTIFY_OWNER', event: 'replied' }],
  }),
});

import { defineCommand } from './definition';
import { handlerOrDesk } from './guards';

/** A consultation answered: the answer resolves it, and the owner confirms by rating. */
export const answer = defineCommand<'answer'>({
  guard: handlerOrDesk,
  apply: (_t, command, { at }) => ({
    changes: { resolution: { text: command.text, photos: [], at } },
    entries: [{ kind: 'answered', internal: false, text: command.text }],
    effects: [{ type: 'NOTIFY_OWNER', event: 'answered' }],
  }),
});

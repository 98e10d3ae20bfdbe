import { isServiceDesk } from '../../permissions';
import { defineCommand } from './definition';

/** The service desk records the complaint with an apology to the owner (its first reply). */
export const apologise = defineCommand<'apologise'>({
  guard: isServiceDesk,
  apply: (_t, command) => ({
    changes: {},
    entries: [{ kind: 'apologised', internal: false, text: command.text }],
    effects: [{ type: 'NOTIFY_OWNER', event: 'replied' }],
  }),
});

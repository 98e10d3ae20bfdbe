import { isHandler } from '../../permissions';
import { defineCommand } from './definition';

/** The department records how it reached the owner; whoever did it holds the complaint from now on. */
export const recordContact = defineCommand<'record_contact'>({
  guard: isHandler,
  apply: (_t, command, { actor }) => ({
    changes: { assigneeOpenid: actor.openid },
    entries: [{ kind: 'contacted', internal: false, text: command.text }],
    effects: [],
  }),
});

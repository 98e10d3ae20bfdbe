import { isStaffReader } from '../../permissions';
import { defineCommand } from './definition';

export const note = defineCommand<'note'>({
  guard: isStaffReader,
  apply: (_t, command) => ({
    changes: {},
    entries: [{ kind: 'noted', internal: true, text: command.text }],
    effects: [],
  }),
});

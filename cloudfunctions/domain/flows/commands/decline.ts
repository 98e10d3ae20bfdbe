import { isHandler } from '../../permissions';
import { defineCommand } from './definition';

/** A suggestion not adopted (or praise that cannot be verified): the owner is told why, and thanked. */
export const decline = defineCommand<'decline'>({
  guard: isHandler,
  apply: (_t, command, { at }) => ({
    changes: { resolution: { text: command.reason, photos: [], at } },
    entries: [{ kind: 'declined', internal: false, text: command.reason }],
    effects: [{ type: 'NOTIFY_OWNER', event: 'declined' }],
  }),
});

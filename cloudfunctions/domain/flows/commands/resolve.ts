import { isHandler } from '../../permissions';
import { defineCommand } from './definition';

export const resolve = defineCommand<'resolve'>({
  guard: isHandler,
  apply: (_t, command, { at }) => ({
    changes: { resolution: { text: command.text, photos: command.photos, at } },
    entries: [{ kind: 'resolved', internal: false, text: command.text, photos: command.photos }],
    effects: [{ type: 'NOTIFY_OWNER', event: 'resolved' }],
  }),
});

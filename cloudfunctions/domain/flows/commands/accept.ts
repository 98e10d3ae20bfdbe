import { isHandler } from '../../permissions';
import { defineCommand } from './definition';

export const accept = defineCommand<'accept'>({
  guard: isHandler,
  apply: (_t, _c, { actor }) => ({
    changes: { assigneeOpenid: actor.openid },
    entries: [{ kind: 'accepted', internal: false }],
    effects: [{ type: 'NOTIFY_OWNER', event: 'accepted' }],
  }),
});

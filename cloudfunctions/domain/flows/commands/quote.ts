import { isHandler } from '../../permissions';
import { defineCommand } from './definition';

/** Paid service (特约服务): the department quotes a price and what it includes; the owner answers. */
export const quote = defineCommand<'quote'>({
  guard: isHandler,
  apply: (_t, command, { actor, at }) => ({
    changes: {
      quote: { amountFen: command.amountFen, items: command.items, at, state: 'offered' },
      assigneeOpenid: actor.openid,
    },
    entries: [{ kind: 'quoted', internal: false, text: command.items, amountFen: command.amountFen }],
    effects: [{ type: 'NOTIFY_OWNER', event: 'quoted' }],
  }),
});

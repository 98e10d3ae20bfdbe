import { isHandler } from '../../permissions';
import { defineCommand } from './definition';
import { supervisionPending } from './guards';

/** The handler acknowledges a supervisor's note. */
export const acknowledge = defineCommand<'acknowledge'>({
  guard: (ticket, actor) => supervisionPending(ticket) && isHandler(ticket, actor),
  apply: (ticket, _c, { actor, at }) => ({
    changes: ticket.supervision
      ? { supervision: { ...ticket.supervision, acknowledgedAt: at, acknowledgedBy: actor.name } }
      : {},
    entries: [{ kind: 'supervision_acknowledged', internal: true }],
    effects: [],
  }),
});

import { forLeadership, isHandler } from '../../permissions';
import { defineCommand } from './definition';

/** The department submits its plan; the owner reads it only once it is approved. */
export const submitPlan = defineCommand<'submit_plan'>({
  guard: isHandler,
  apply: (ticket, command, { actor, at }) => ({
    changes: { plan: { text: command.text, submittedAt: at, submittedBy: actor.name, state: 'pending' } },
    entries: [{ kind: 'plan_submitted', internal: true, text: command.text }],
    effects: [
      forLeadership(ticket)
        ? { type: 'NOTIFY_STAFF', to: 'leadership', event: 'plan_submitted' }
        : { type: 'NOTIFY_STAFF', to: 'dept_head', department: ticket.department, event: 'plan_submitted' },
    ],
  }),
});

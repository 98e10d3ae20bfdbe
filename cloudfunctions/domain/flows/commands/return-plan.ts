import { illegalTransition } from '../../errors';
import { defineCommand } from './definition';
import { planDecider } from './guards';

/** The head returns the plan with a reason; the department plans again. */
export const returnPlan = defineCommand<'return_plan'>({
  guard: planDecider,
  apply: (ticket, command, { actor, at }) => {
    if (ticket.plan?.state !== 'pending') throw illegalTransition('没有待审批的处理方案');
    return {
      changes: {
        plan: { ...ticket.plan, state: 'returned', decidedAt: at, decidedBy: actor.name, reason: command.reason },
      },
      entries: [{ kind: 'plan_returned', internal: true, text: command.reason }],
      effects: [{ type: 'NOTIFY_STAFF', to: 'handlers', department: ticket.department, event: 'plan_returned' }],
    };
  },
});

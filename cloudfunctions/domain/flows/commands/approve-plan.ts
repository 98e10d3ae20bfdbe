import { illegalTransition } from '../../errors';
import { defineCommand } from './definition';
import { planDecider } from './guards';

/** The head approves the plan, and the owner is told it (an entry the owner reads, and a message). */
export const approvePlan = defineCommand<'approve_plan'>({
  guard: planDecider,
  apply: (ticket, _c, { actor, at }) => {
    if (ticket.plan?.state !== 'pending') throw illegalTransition('没有待审批的处理方案');
    return {
      changes: { plan: { ...ticket.plan, state: 'approved', decidedAt: at, decidedBy: actor.name } },
      entries: [{ kind: 'plan_approved', internal: false, text: ticket.plan.text }],
      effects: [{ type: 'NOTIFY_OWNER', event: 'plan' }],
    };
  },
});

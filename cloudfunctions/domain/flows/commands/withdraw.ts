import { isOwnerOf } from '../../permissions';
import { defineCommand } from './definition';

/** 撤销: the owner withdraws a request nobody has accepted yet, with a reason. */
export const withdraw = defineCommand<'withdraw'>({
  guard: isOwnerOf,
  // a request handed on after someone accepted it is back in `submitted`, but not untouched
  refusal: (ticket) =>
    ticket.timeline.some((e) => e.kind === 'accepted')
      ? '诉求已有工作人员受理，不能撤销；如需取消请联系客服中心'
      : null,
  apply: (ticket, command) => ({
    changes: { escalation: undefined },
    entries: [{ kind: 'withdrawn', internal: false, text: command.reason }],
    effects: [{ type: 'NOTIFY_STAFF', to: 'handlers', department: ticket.department, event: 'withdrawn' }],
  }),
});

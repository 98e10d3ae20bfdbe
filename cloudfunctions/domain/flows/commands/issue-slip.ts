import { invalidInput } from '../../errors';
import { addMinutes } from '../../time';
import { defineCommand } from './definition';
import { handlerOrDesk } from './guards';

/** A rework deadline further out than this is a typing slip, not a plan. */
export const MAX_SLIP_DAYS = 90;

/**
 * 物业返修联系单: the service desk or the after-sales team sends the defect, its place and a
 * deadline to the after-sales team; the `rework` promise is due at that deadline.
 */
export const issueSlip = defineCommand<'issue_slip'>({
  guard: handlerOrDesk,
  apply: (_t, command, { at }) => {
    if (command.deadline <= at) throw invalidInput('完成期限须晚于现在', 'deadline');
    if (command.deadline > addMinutes(at, MAX_SLIP_DAYS * 24 * 60))
      throw invalidInput(`完成期限不能超过${MAX_SLIP_DAYS}天`, 'deadline');
    const slip = { defect: command.defect, place: command.place, deadline: command.deadline, issuedAt: at };
    return {
      changes: { slip, department: 'after_sales' },
      entries: [
        {
          kind: 'slip_issued',
          internal: false,
          text: `${command.defect}（${command.place}）`,
          deadline: slip.deadline,
        },
      ],
      effects: [
        { type: 'NOTIFY_STAFF', to: 'handlers', department: 'after_sales', event: 'rework_slip' },
        { type: 'NOTIFY_OWNER', event: 'slip_issued' },
      ],
      deadline: slip.deadline,
    };
  },
});

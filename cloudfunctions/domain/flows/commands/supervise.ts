import { invalidInput } from '../../errors';
import { isDeptHeadOf, isHandler } from '../../permissions';
import type { Supervision } from '../../model';
import { defineCommand } from './definition';
import { supervisor } from './guards';

/**
 * 督办: the department's head or the community's manager adds a note the handler must acknowledge,
 * may set the running step's due time, and may reassign within the department.
 */
export const supervise = defineCommand<'supervise'>({
  guard: supervisor,
  apply: (ticket, command, { actor, at }) => {
    const { assignee, deadline } = command;
    if (assignee && !isHandler(ticket, assignee)) {
      throw invalidInput('只能改派给本部门的工作人员', 'assigneeOpenid');
    }
    if (deadline !== undefined && deadline <= at) throw invalidInput('期限须晚于现在', 'deadline');
    const supervision: Supervision = {
      note: command.note,
      by: actor.name,
      byRole: isDeptHeadOf(ticket, actor) ? 'dept_head' : 'manager',
      at,
      ...(deadline ? { deadline } : {}),
      ...(assignee ? { assigneeName: assignee.name } : {}),
    };
    return {
      changes: { supervision, ...(assignee ? { assigneeOpenid: assignee.openid } : {}) },
      entries: [{ kind: 'supervised', internal: true, text: command.note, ...(deadline ? { dueAt: deadline } : {}) }],
      effects: [
        {
          type: 'NOTIFY_STAFF',
          to: 'handlers',
          department: ticket.department,
          event: 'supervised',
          text: command.note,
        },
      ],
      ...(deadline ? { deadline } : {}),
    };
  },
});

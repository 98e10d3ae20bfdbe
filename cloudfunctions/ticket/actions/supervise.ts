import { invalidInput } from '../../domain/errors';
import { superviseInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/**
 * 督办: a note the handler must acknowledge, an optional deadline for the running step, an optional
 * reassignment within the department. Three database requests, four with a reassignment (the new
 * assignee's record).
 */
export const supervise = defineAction({
  schema: superviseInput,
  roles: AUDIENCES.supervisors,
  async run(input, context) {
    let assignee;
    if (input.assigneeOpenid) {
      assignee = await context.repos.users.get(input.assigneeOpenid);
      if (!assignee || assignee.active === false) throw invalidInput('只能改派给本部门的工作人员', 'assigneeOpenid');
    }
    return runCommand(context, input.ticketId, {
      type: 'supervise',
      note: input.note,
      ...(input.deadline ? { deadline: input.deadline } : {}),
      ...(assignee ? { assignee } : {}),
    });
  },
});

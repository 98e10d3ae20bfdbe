import { invalidInput } from '../../domain/errors';
import { creditInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/**
 * The quality department credits praise to the staff member it names; the credit stays on the
 * request (`creditedTo`), where the staff member's record reads it. Four database requests: the
 * caller, the staff member, the ticket, one conditional write.
 */
export const credit = defineAction({
  schema: creditInput,
  roles: AUDIENCES.handlers,
  async run(input, context) {
    const staff = await context.repos.users.get(input.staffOpenid);
    if (!staff || staff.active === false) throw invalidInput('请选择本小区的工作人员', 'staffOpenid');
    return runCommand(context, input.ticketId, { type: 'credit', staff, ...(input.text ? { text: input.text } : {}) });
  },
});

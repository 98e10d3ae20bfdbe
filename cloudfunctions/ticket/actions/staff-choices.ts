import type { StaffChoiceView } from '../../domain/api';
import { forbidden } from '../../domain/errors';
import { allowedCommands } from '../../domain/lifecycle';
import { AUDIENCES, ROLE_TABLE } from '../../domain/roles';
import { staffChoicesInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { loadReadable } from '../command';

/**
 * The people a form may name: the community's active staff for crediting praise, the holding
 * department's for a supervisor's reassignment — only to someone who may give that command now.
 * Three database requests: the caller, the request, the staff list.
 */
export const staffChoices = defineAction({
  schema: staffChoicesInput,
  roles: AUDIENCES.staff,
  async run(input, context): Promise<StaffChoiceView[]> {
    const ticket = await loadReadable(context, input.ticketId);
    const command = input.purpose === 'credit' ? 'credit' : 'supervise';
    if (!allowedCommands(ticket, context.caller).includes(command)) throw forbidden();
    const people = await context.repos.staff.listStaff({
      communityIds: [ticket.communityId],
      active: true,
      ...(input.purpose === 'reassign' ? { department: ticket.department } : {}),
    });
    return (
      people
        // on the community's staff (not company-wide roles), and never the owner who filed it
        .filter((p) => p.roles.some((r) => ['department', 'community'].includes(ROLE_TABLE[r].reach)))
        .filter((p) => p.openid !== ticket.ownerOpenid)
        .map((p) => ({ openid: p.openid, name: p.name, ...(p.department ? { department: p.department } : {}) }))
    );
  },
});

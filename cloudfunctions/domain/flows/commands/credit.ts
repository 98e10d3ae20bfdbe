import { invalidInput } from '../../errors';
import { isHandler, isOwnerOf } from '../../permissions';
import { ROLE_TABLE } from '../../roles';
import { communitiesOf, worksIn } from '../../scope';
import { defineCommand } from './definition';

/** Praise verified by the quality department and credited to the staff member it names. */
export const credit = defineCommand<'credit'>({
  guard: isHandler,
  apply: (ticket, command) => {
    const { staff } = command;
    // someone on the community's staff (its departments, desk or manager), and not the owner who praised them
    const onSite = staff.roles.some((r) => ['department', 'community'].includes(ROLE_TABLE[r].reach));
    const works = onSite && worksIn(communitiesOf(staff), ticket.communityId);
    if (!works || isOwnerOf(ticket, staff)) {
      throw invalidInput('请选择本小区的工作人员', 'staffOpenid');
    }
    return {
      changes: { creditedTo: { openid: staff.openid, name: staff.name } },
      entries: [
        { kind: 'credited', internal: false, staffName: staff.name, ...(command.text ? { text: command.text } : {}) },
      ],
      effects: [
        { type: 'NOTIFY_OWNER', event: 'credited' },
        { type: 'NOTIFY_STAFF', to: 'handlers', department: staff.department, event: 'credited', text: staff.name },
        { type: 'CREDIT_STAFF' },
      ],
    };
  },
});

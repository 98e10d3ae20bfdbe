import { invalidInput } from '../../errors';
import { isHandler, isStaffReader } from '../../permissions';
import { defineCommand } from './definition';

/** Praise verified by the quality department and credited to the staff member it names. */
export const credit = defineCommand<'credit'>({
  guard: isHandler,
  apply: (ticket, command) => {
    const { staff } = command;
    // someone who works on this community's requests, and not the owner who praised them
    if (staff.roles.every((r) => r === 'owner') || !isStaffReader(ticket, staff)) {
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
      ],
    };
  },
});

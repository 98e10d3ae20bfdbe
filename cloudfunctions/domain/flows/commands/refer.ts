import { invalidInput } from '../../errors';
import { DEPARTMENT_LABELS } from '../../labels';
import { isUrgent } from '../../sla';
import { defineCommand } from './definition';
import { handlerOrDesk } from './guards';

/** A consultation passed to a department, with the time the owner may expect an answer by. */
export const refer = defineCommand<'refer'>({
  guard: handlerOrDesk,
  apply: (ticket, command, { at }) => {
    if (command.toDepartment === ticket.department) {
      throw invalidInput(`该咨询已在${DEPARTMENT_LABELS[ticket.department]}，请选择其他部门`, 'toDepartment');
    }
    if (command.expectedAt <= at) throw invalidInput('预计答复时间须晚于现在', 'expectedAt');
    return {
      changes: { department: command.toDepartment, assigneeOpenid: undefined },
      entries: [
        {
          kind: 'referred',
          internal: false,
          text: command.reason,
          fromDepartment: ticket.department,
          toDepartment: command.toDepartment,
          dueAt: command.expectedAt,
        },
      ],
      effects: [
        {
          type: 'NOTIFY_DEPARTMENT',
          department: command.toDepartment,
          reason: 'transferred',
          urgent: isUrgent(ticket),
        },
        { type: 'NOTIFY_OWNER', event: 'referred' },
      ],
      handOver: true,
      deadline: command.expectedAt,
    };
  },
});

import { invalidInput } from '../../errors';
import { DEPARTMENT_LABELS } from '../../labels';
import { isUrgent } from '../../sla';
import { defineCommand } from './definition';
import { handlerOrDesk } from './guards';

/** 故障转呈: to another department, with a reason. */
export const transfer = defineCommand<'transfer'>({
  guard: handlerOrDesk,
  apply: (ticket, command) => {
    if (command.toDepartment === ticket.department) {
      throw invalidInput(`该诉求已在${DEPARTMENT_LABELS[ticket.department]}，请选择其他部门`, 'toDepartment');
    }
    return {
      changes: { department: command.toDepartment, assigneeOpenid: undefined },
      entries: [
        {
          kind: 'transferred',
          internal: false,
          text: command.reason,
          fromDepartment: ticket.department,
          toDepartment: command.toDepartment,
        },
      ],
      effects: [
        {
          type: 'NOTIFY_DEPARTMENT',
          department: command.toDepartment,
          reason: 'transferred',
          urgent: isUrgent(ticket),
        },
        { type: 'NOTIFY_OWNER', event: 'transferred' },
      ],
      handOver: true,
    };
  },
});

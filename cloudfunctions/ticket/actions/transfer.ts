import { transferInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** 故障转呈: to another department, with a reason. */
export const transfer = defineAction({
  schema: transferInput,
  roles: AUDIENCES.handlers,
  run: (input, context) =>
    runCommand(context, input.ticketId, { type: 'transfer', toDepartment: input.toDepartment, reason: input.reason }),
});

import { referInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** A consultation passed to a department, with the time the owner may expect an answer by. Three database requests (see command.ts). */
export const refer = defineAction({
  schema: referInput,
  roles: AUDIENCES.handlers,
  run: (input, context) =>
    runCommand(context, input.ticketId, {
      type: 'refer',
      toDepartment: input.toDepartment,
      expectedAt: input.expectedAt,
      reason: input.reason,
    }),
});

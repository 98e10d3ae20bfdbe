import { flagInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** The service desk marks a complaint (compensation, against the manager, utility, major). Three database requests (see command.ts). */
export const flag = defineAction({
  schema: flagInput,
  roles: AUDIENCES.handlers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'flag', flags: input.flags }),
});

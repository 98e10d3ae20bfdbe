import { acknowledgeInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** The handler acknowledges a supervisor's note. Three database requests (see command.ts). */
export const acknowledge = defineAction({
  schema: acknowledgeInput,
  roles: AUDIENCES.handlers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'acknowledge' }),
});

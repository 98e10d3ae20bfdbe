import { adoptInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** A suggestion adopted with a plan and a date. Three database requests (see command.ts). */
export const adopt = defineAction({
  schema: adoptInput,
  roles: AUDIENCES.handlers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'adopt', plan: input.plan, by: input.by }),
});

import { apologiseInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** The service desk records a complaint with an apology to the owner. Three database requests (see command.ts). */
export const apologise = defineAction({
  schema: apologiseInput,
  roles: AUDIENCES.handlers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'apologise', text: input.text }),
});

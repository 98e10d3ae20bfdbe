import { declineInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** A suggestion (or unverifiable praise) declined with a reason; the owner is thanked. Three database requests (see command.ts). */
export const decline = defineAction({
  schema: declineInput,
  roles: AUDIENCES.handlers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'decline', reason: input.reason }),
});

import { utilityFollowUpInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** A utility cause marked, and the follow-up with the utility recorded. Three database requests (see command.ts). */
export const utilityFollowUp = defineAction({
  schema: utilityFollowUpInput,
  roles: AUDIENCES.handlers,
  run: (input, context) =>
    runCommand(context, input.ticketId, { type: 'utility_follow_up', utility: input.utility, text: input.text }),
});

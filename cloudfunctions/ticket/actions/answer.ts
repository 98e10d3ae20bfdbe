import { answerInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** A consultation answered. Three database requests (see command.ts). */
export const answer = defineAction({
  schema: answerInput,
  roles: AUDIENCES.handlers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'answer', text: input.text }),
});

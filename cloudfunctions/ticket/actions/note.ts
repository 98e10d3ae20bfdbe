import { noteInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** An internal note: never shown to the owner. */
export const note = defineAction({
  schema: noteInput,
  roles: AUDIENCES.staff,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'note', text: input.text }),
});

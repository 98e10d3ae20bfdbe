import { noteInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { STAFF } from '../roles';

/** An internal note: never shown to the owner. */
export const note = defineAction({
  schema: noteInput,
  roles: STAFF,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'note', text: input.text }),
});

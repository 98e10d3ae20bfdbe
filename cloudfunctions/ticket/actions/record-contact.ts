import { recordContactInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** The department records its contact with the owner of a complaint. Three database requests (see command.ts). */
export const recordContact = defineAction({
  schema: recordContactInput,
  roles: AUDIENCES.handlers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'record_contact', text: input.text }),
});

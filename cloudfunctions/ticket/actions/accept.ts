import { ticketRef } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { HANDLERS } from '../roles';

export const accept = defineAction({
  schema: ticketRef,
  roles: HANDLERS,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'accept' }),
});

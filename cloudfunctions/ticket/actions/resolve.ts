import { resolveInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

export const resolve = defineAction({
  schema: resolveInput,
  roles: AUDIENCES.handlers,
  run: (input, context) =>
    runCommand(context, input.ticketId, { type: 'resolve', text: input.text, photos: input.photos }),
});

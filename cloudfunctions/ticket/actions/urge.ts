import { ticketRef } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** 催办: the owner urges an overdue request, once per span. Three database requests. */
export const urge = defineAction({
  schema: ticketRef,
  roles: AUDIENCES.filers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'urge' }),
});

import { withdrawInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** 撤销: the owner withdraws a request nobody has accepted yet. Three database requests. */
export const withdraw = defineAction({
  schema: withdrawInput,
  roles: AUDIENCES.filers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'withdraw', reason: input.reason }),
});

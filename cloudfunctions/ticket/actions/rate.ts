import { rateInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** 1–2 sends the request back to the department; 3–5 closes it. */
export const rate = defineAction({
  schema: rateInput,
  roles: AUDIENCES.filers,
  run: (input, context) =>
    runCommand(context, input.ticketId, {
      type: 'rate',
      score: input.score,
      tags: input.tags,
      ...(input.comment ? { comment: input.comment } : {}),
    }),
});

import { submitPlanInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** The department submits its plan for a complaint. Three database requests (see command.ts). */
export const submitPlan = defineAction({
  schema: submitPlanInput,
  roles: AUDIENCES.handlers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'submit_plan', text: input.text }),
});

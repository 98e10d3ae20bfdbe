import { returnPlanInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** The department head (or leadership) returns a complaint's plan with a reason. Three database requests (see command.ts). */
export const returnPlan = defineAction({
  schema: returnPlanInput,
  roles: AUDIENCES.planDeciders,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'return_plan', reason: input.reason }),
});

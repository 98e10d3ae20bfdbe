import { approvePlanInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** The department head (or leadership) approves a complaint's plan; the owner is told it. Three database requests (see command.ts). */
export const approvePlan = defineAction({
  schema: approvePlanInput,
  roles: AUDIENCES.planDeciders,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'approve_plan' }),
});

import { issueSlipInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** After-sales: the rework slip (物业返修联系单) with the defect, its place and a deadline. Three database requests. */
export const issueSlip = defineAction({
  schema: issueSlipInput,
  roles: AUDIENCES.handlers,
  run: (input, context) =>
    runCommand(context, input.ticketId, {
      type: 'issue_slip',
      defect: input.defect,
      place: input.place,
      deadline: input.deadline,
    }),
});

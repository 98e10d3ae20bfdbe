import { correctiveReportInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { runCommand } from '../command';
import { AUDIENCES } from '../../domain/roles';

/** A major complaint's corrective-action report. Three database requests (see command.ts). */
export const correctiveReport = defineAction({
  schema: correctiveReportInput,
  roles: AUDIENCES.handlers,
  run: (input, context) => runCommand(context, input.ticketId, { type: 'corrective_report', text: input.text }),
});

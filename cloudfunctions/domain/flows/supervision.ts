// Supervision (督办) is open in every flow: wherever a step's promise runs, a department head or
// the manager may supervise; wherever a request is not closed, the handler acknowledges the note.
import type { FlowTable, StatusRow } from './table';

function supervised(status: string, row: StatusRow): StatusRow {
  const open = row.promise !== null;
  const running = open && row.promise !== 'owner';
  const extra = {
    ...(running ? { supervise: status } : {}),
    ...(open ? { acknowledge: status } : {}),
  };
  return { ...row, commands: { ...extra, ...row.commands } } as StatusRow;
}

/** The flow with supervision added to its rows (a row's own entries win). */
export const withSupervision = (flow: FlowTable): FlowTable =>
  Object.fromEntries(Object.entries(flow).map(([status, row]) => [status, supervised(status, row)])) as FlowTable;

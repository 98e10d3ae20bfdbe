// The commands every flow shares, added to a category's table by `withCommon(table)`:
// - withdraw (撤销): the owner, before anyone accepted the request (by default in `submitted`);
// - urge (催办) and merge: wherever the department owes a step (a promise runs), the request
//   staying where it is (urge) or ending as a duplicate (merge).
// Withdrawn and merged requests are finished: nothing more is done to them.
import type { TicketStatus } from '../model';
import type { FlowTable, StatusRow, Transitions } from './table';

export interface CommonOptions {
  /** the statuses in which nobody has accepted the request yet */
  withdrawIn?: readonly TicketStatus[];
}

const FINISHED: StatusRow = { promise: null, commands: {} };

export function withCommon(table: FlowTable, { withdrawIn = ['submitted'] }: CommonOptions = {}): FlowTable {
  const rows: { [S in TicketStatus]?: StatusRow } = {};
  for (const status of Object.keys(table) as TicketStatus[]) {
    const row = table[status];
    if (!row) continue;
    const departmentOwes = row.promise !== null && row.promise !== 'owner';
    const common: Transitions = {
      ...(withdrawIn.includes(status) ? { withdraw: 'withdrawn' } : {}),
      ...(departmentOwes ? { urge: status, merge: 'merged' } : {}),
    };
    rows[status] = { ...row, commands: { ...row.commands, ...common } };
  }
  return { ...rows, withdrawn: FINISHED, merged: FINISHED };
}

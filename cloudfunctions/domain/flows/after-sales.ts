// After-sales (售后, construction defects): the same day, the service desk or the after-sales team
// issues a rework slip (物业返修联系单: the defect, its place, a deadline) to the after-sales team;
// the `rework` promise is due at that deadline and chased to it; resolved and rated as any other.
import type { FlowTable } from './table';

export const AFTER_SALES_FLOW: FlowTable = {
  submitted: {
    promise: 'accept',
    commands: { issue_slip: 'reworking', reply: 'submitted', note: 'submitted', transfer: 'submitted' },
  },
  reworking: {
    promise: 'rework',
    commands: { reply: 'reworking', note: 'reworking', resolve: 'resolved' },
  },
  resolved: {
    promise: 'owner',
    commands: {
      note: 'resolved',
      rate: (command, settings) => (command.score <= settings.unsatisfiedAtOrBelow ? 'reopened' : 'closed'),
    },
  },
  // not satisfied: a new slip, with a new deadline
  reopened: {
    promise: 'accept',
    commands: { issue_slip: 'reworking', reply: 'reopened', note: 'reopened', transfer: 'reopened' },
  },
  closed: { promise: null, commands: { reopen: 'reopened' } },
};

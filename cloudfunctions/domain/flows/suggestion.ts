// The suggestion flow (policy 000 三(三)): the department evaluates it; a feasible one is adopted
// with a plan and the date it is carried out by, another declined with a reason; the owner is told
// and thanked either way, and rates the answer.
import type { FlowTable } from './table';

export const SUGGESTION_FLOW: FlowTable = {
  submitted: {
    promise: 'evaluate',
    commands: { adopt: 'adopted', decline: 'resolved', transfer: 'submitted', reply: 'submitted', note: 'submitted' },
  },
  // carried out by the adopted date (the adopt command sets the promise's due time)
  adopted: {
    promise: 'resolve',
    commands: { resolve: 'resolved', reply: 'adopted', note: 'adopted' },
  },
  resolved: {
    promise: 'owner',
    commands: {
      note: 'resolved',
      rate: (command, settings) => (command.score <= settings.unsatisfiedAtOrBelow ? 'reopened' : 'closed'),
    },
  },
  reopened: {
    promise: 'evaluate',
    commands: { adopt: 'adopted', decline: 'resolved', transfer: 'reopened', reply: 'reopened', note: 'reopened' },
  },
  closed: { promise: null, commands: { reopen: 'reopened' } },
};

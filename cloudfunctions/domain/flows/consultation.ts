// The consultation flow (policy 000 三(一)): the service desk gives a first reply within minutes —
// a simple question answered at once, a complex one passed to a department with the time the owner
// may expect its answer by — and the owner confirms they are satisfied by rating the answer.
import type { FlowTable } from './table';

export const CONSULTATION_FLOW: FlowTable = {
  submitted: {
    promise: 'first_reply',
    commands: { answer: 'resolved', refer: 'referred', transfer: 'submitted', reply: 'submitted', note: 'submitted' },
  },
  referred: {
    promise: 'answer',
    commands: { answer: 'resolved', refer: 'referred', reply: 'referred', note: 'referred' },
  },
  resolved: {
    promise: 'owner',
    commands: {
      note: 'resolved',
      rate: (command, settings) => (command.score <= settings.unsatisfiedAtOrBelow ? 'reopened' : 'closed'),
    },
  },
  reopened: {
    promise: 'answer',
    commands: { answer: 'resolved', refer: 'referred', reply: 'reopened', note: 'reopened' },
  },
  closed: { promise: null, commands: { reopen: 'reopened' } },
};

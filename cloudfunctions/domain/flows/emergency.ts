// Emergency (紧急): the highest priority. At filing, security and the manager are alerted at once
// (open-ticket.ts); every promise runs on the urgent spans, in minutes (sla.ts isUrgent). The steps
// are the general ones: accepted, resolved, rated.
import type { FlowTable } from './table';

export const EMERGENCY_FLOW: FlowTable = {
  submitted: {
    promise: 'accept',
    commands: { accept: 'accepted', reply: 'submitted', note: 'submitted', transfer: 'submitted' },
  },
  accepted: {
    promise: 'resolve',
    commands: { reply: 'accepted', note: 'accepted', transfer: 'submitted', resolve: 'resolved' },
  },
  resolved: {
    promise: 'owner',
    commands: {
      note: 'resolved',
      rate: (command, settings) => (command.score <= settings.unsatisfiedAtOrBelow ? 'reopened' : 'closed'),
    },
  },
  reopened: {
    promise: 'accept',
    commands: { accept: 'accepted', reply: 'reopened', note: 'reopened', transfer: 'reopened' },
  },
  closed: { promise: null, commands: { reopen: 'reopened' } },
};

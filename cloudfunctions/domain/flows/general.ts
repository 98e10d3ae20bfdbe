// The general flow (repair, other, and every category until its own flow replaces it):
// submitted → accepted → resolved → closed, or reopened by a low rating or by the service desk.
import type { FlowTable } from './table';

export const GENERAL_FLOW: FlowTable = {
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
  // a request sent back keeps its status while it changes hands, so it stays visibly "reprocessing"
  reopened: {
    promise: 'accept',
    commands: { accept: 'accepted', reply: 'reopened', note: 'reopened', transfer: 'reopened' },
  },
  // the service desk reopens a closed request (an unsatisfied return visit)
  closed: { promise: null, commands: { reopen: 'reopened' } },
};

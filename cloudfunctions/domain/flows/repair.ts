// Repair (报修): a work order to engineering — accepting it is dispatching the order (派工) — then
// resolved and rated. A repair the owner reports as failed (a low rating) is redone at once: it
// stays with whoever did it (`redoing`, the resolve promise on the urgent span, no new accept), and
// resolving the redo plans a special return visit within 24 hours.
import type { FlowTable } from './table';

export const REPAIR_FLOW: FlowTable = {
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
      rate: (command, settings) => (command.score <= settings.unsatisfiedAtOrBelow ? 'redoing' : 'closed'),
    },
  },
  redoing: {
    promise: 'resolve',
    commands: { reply: 'redoing', note: 'redoing', transfer: 'reopened', resolve: 'resolved' },
  },
  // passed on during a redo: the new department accepts it anew
  reopened: {
    promise: 'accept',
    commands: { accept: 'accepted', reply: 'reopened', note: 'reopened', transfer: 'reopened' },
  },
  closed: { promise: null, commands: { reopen: 'reopened' } },
};

// Repair (报修): a work order to engineering — accepting it is dispatching the order (派工) — then
// resolved and rated, as in the general flow. A repair the owner reports as failed (a low rating)
// is redone at once: it stays with whoever did it (`redoing`, the resolve promise on the urgent
// span, no new accept), and resolving the redo plans a special return visit within 24 hours.
// Passed on during a redo, it is `reopened`: the new department accepts it anew.
import { GENERAL_FLOW } from './general';
import type { FlowTable } from './table';

export const REPAIR_FLOW: FlowTable = {
  ...GENERAL_FLOW,
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
};

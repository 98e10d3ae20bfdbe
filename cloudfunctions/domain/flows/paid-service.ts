// Paid service (特约服务): the department quotes a price and what it includes; the quote waits on
// the owner (the clock pauses); the owner accepts it before any work starts, or declines it, which
// ends the request politely (closed, with no rating).
import type { FlowTable } from './table';

export const PAID_SERVICE_FLOW: FlowTable = {
  submitted: {
    promise: 'quote',
    commands: { quote: 'quoted', reply: 'submitted', note: 'submitted', transfer: 'submitted' },
  },
  // the department may correct its quote until the owner answers
  quoted: {
    promise: 'owner',
    commands: {
      accept_quote: 'accepted',
      decline_quote: 'closed',
      quote: 'quoted',
      reply: 'quoted',
      note: 'quoted',
    },
  },
  accepted: {
    promise: 'resolve',
    commands: { reply: 'accepted', note: 'accepted', resolve: 'resolved' },
  },
  resolved: {
    promise: 'owner',
    commands: {
      note: 'resolved',
      rate: (command, settings) => (command.score <= settings.unsatisfiedAtOrBelow ? 'reopened' : 'closed'),
    },
  },
  // the work was paid for: the same department does it again, without a new quote
  reopened: {
    promise: 'accept',
    commands: { accept: 'accepted', reply: 'reopened', note: 'reopened' },
  },
  closed: { promise: null, commands: { reopen: 'reopened' } },
};

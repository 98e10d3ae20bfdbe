// The complaint flow (policy 002 §4.7–4.9, policy 000 三(二), policy 003 投诉处理): recorded with an
// apology → handed to the responsible department → the department contacts the owner → submits a
// plan → its head (or leadership, for compensation claims and complaints against the manager)
// approves it, telling the owner the plan, or returns it → resolved → rated; an unsatisfied owner
// sends it back to the department, which contacts them and plans again. Flags, a utility's
// follow-up and a major complaint's corrective-action report are recorded along the way.
import type { FlowTable } from './table';

export const COMPLAINT_FLOW: FlowTable = {
  submitted: {
    promise: 'first_reply',
    commands: { apologise: 'apologised', flag: 'submitted', note: 'submitted' },
  },
  apologised: {
    promise: 'transfer',
    commands: {
      transfer: 'assigned',
      // the service desk itself is the responsible department
      record_contact: 'contacted',
      flag: 'apologised',
      utility_follow_up: 'apologised',
      reply: 'apologised',
      note: 'apologised',
    },
  },
  assigned: {
    promise: 'contact',
    commands: {
      record_contact: 'contacted',
      transfer: 'assigned',
      flag: 'assigned',
      utility_follow_up: 'assigned',
      reply: 'assigned',
      note: 'assigned',
    },
  },
  contacted: {
    promise: 'plan',
    commands: {
      submit_plan: 'plan_review',
      transfer: 'assigned',
      flag: 'contacted',
      utility_follow_up: 'contacted',
      corrective_report: 'contacted',
      reply: 'contacted',
      note: 'contacted',
    },
  },
  plan_review: {
    promise: 'plan_approval',
    commands: { approve_plan: 'plan_approved', return_plan: 'contacted', flag: 'plan_review', note: 'plan_review' },
  },
  plan_approved: {
    promise: 'resolve',
    commands: {
      resolve: 'resolved',
      utility_follow_up: 'plan_approved',
      corrective_report: 'plan_approved',
      reply: 'plan_approved',
      note: 'plan_approved',
    },
  },
  resolved: {
    promise: 'owner',
    commands: {
      note: 'resolved',
      corrective_report: 'resolved',
      rate: (command, settings) => (command.score <= settings.unsatisfiedAtOrBelow ? 'reopened' : 'closed'),
    },
  },
  // handled again: the department contacts the owner and plans anew; the count and history stay
  reopened: {
    promise: 'contact',
    commands: {
      record_contact: 'contacted',
      transfer: 'assigned',
      flag: 'reopened',
      reply: 'reopened',
      note: 'reopened',
    },
  },
  // the service desk reopens a closed complaint (an unsatisfied return visit)
  closed: { promise: null, commands: { reopen: 'reopened' } },
};

// Cloud function `ticket`: requests from filing to closing. Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { accept } from './actions/accept';
import { acceptQuote } from './actions/accept-quote';
import { declineQuote } from './actions/decline-quote';
import { issueSlip } from './actions/issue-slip';
import { merge } from './actions/merge';
import { quote } from './actions/quote';
import { urge } from './actions/urge';
import { withdraw } from './actions/withdraw';
import { create } from './actions/create';
import { createOnBehalf } from './actions/create-on-behalf';
import { get } from './actions/get';
import { inboxCounts } from './actions/inbox-counts';
import { listInbox } from './actions/list-inbox';
import { listCredits } from './actions/list-credits';
import { listMine } from './actions/list-mine';
import { listVisits } from './actions/list-visits';
import { lookupOwner } from './actions/lookup-owner';
import { staffChoices } from './actions/staff-choices';
import { note } from './actions/note';
import { rate } from './actions/rate';
import { recordVisit } from './actions/record-visit';
import { reply } from './actions/reply';
import { resolve } from './actions/resolve';
import { ticketVisits } from './actions/ticket-visits';
import { transfer } from './actions/transfer';
import { listRoutingRules, saveRoutingRules } from './actions/routing-rules';
import { apologise } from './actions/apologise';
import { recordContact } from './actions/record-contact';
import { submitPlan } from './actions/submit-plan';
import { approvePlan } from './actions/approve-plan';
import { returnPlan } from './actions/return-plan';
import { flag } from './actions/flag';
import { utilityFollowUp } from './actions/utility-follow-up';
import { correctiveReport } from './actions/corrective-report';
import { answer } from './actions/answer';
import { refer } from './actions/refer';
import { adopt } from './actions/adopt';
import { decline } from './actions/decline';
import { acknowledge } from './actions/acknowledge';
import { credit } from './actions/credit';
import { supervise } from './actions/supervise';

export const main = createHandler({
  create,
  listMine,
  listCredits,
  staffChoices,
  listInbox,
  inboxCounts,
  get,
  accept,
  reply,
  note,
  transfer,
  resolve,
  rate,
  listVisits,
  recordVisit,
  ticketVisits,
  createOnBehalf,
  lookupOwner,
  listRoutingRules,
  saveRoutingRules,
  apologise,
  recordContact,
  submitPlan,
  approvePlan,
  returnPlan,
  flag,
  utilityFollowUp,
  correctiveReport,
  answer,
  refer,
  adopt,
  decline,
  credit,
  supervise,
  acknowledge,
  withdraw,
  urge,
  merge,
  quote,
  acceptQuote,
  declineQuote,
  issueSlip,
});

// Cloud function `ticket`: requests from filing to closing. Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { accept } from './actions/accept';
import { create } from './actions/create';
import { createOnBehalf } from './actions/create-on-behalf';
import { get } from './actions/get';
import { inboxCounts } from './actions/inbox-counts';
import { listInbox } from './actions/list-inbox';
import { listMine } from './actions/list-mine';
import { listVisits } from './actions/list-visits';
import { lookupOwner } from './actions/lookup-owner';
import { note } from './actions/note';
import { rate } from './actions/rate';
import { recordVisit } from './actions/record-visit';
import { reply } from './actions/reply';
import { resolve } from './actions/resolve';
import { ticketVisits } from './actions/ticket-visits';
import { transfer } from './actions/transfer';
import { listRoutingRules, saveRoutingRules } from './actions/routing-rules';

export const main = createHandler({
  create,
  listMine,
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
});

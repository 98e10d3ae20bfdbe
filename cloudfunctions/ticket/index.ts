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
import { get } from './actions/get';
import { inboxCounts } from './actions/inbox-counts';
import { listInbox } from './actions/list-inbox';
import { listMine } from './actions/list-mine';
import { note } from './actions/note';
import { rate } from './actions/rate';
import { reply } from './actions/reply';
import { resolve } from './actions/resolve';
import { transfer } from './actions/transfer';

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
  withdraw,
  urge,
  merge,
  quote,
  acceptQuote,
  declineQuote,
  issueSlip,
});

// Cloud function `archive`: every request from every channel, found again — search, an owner's and
// a unit's history, closing the ledger (注销台账), the export to Excel and the printed request, and
// each staff member's credits. docs/archive.md.
import { createHandler } from '../server/handler';
import { closeLedger } from './actions/close-ledger';
import { exportSearch } from './actions/export-search';
import { migrate } from './actions/migrate';
import { ownerHistory } from './actions/owner-history';
import { printTicket } from './actions/print-ticket';
import { search } from './actions/search';
import { staffCredits } from './actions/staff-credits';
import { unitHistory } from './actions/unit-history';

export const main = createHandler({
  search,
  ownerHistory,
  unitHistory,
  closeLedger,
  exportSearch,
  printTicket,
  staffCredits,
  migrate,
});

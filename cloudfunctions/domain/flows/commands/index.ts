// Every command's definition, by name. A new command is a new file and one line here.
import type { TicketCommand } from '../../api';
import { accept } from './accept';
import { acceptQuote } from './accept-quote';
import { declineQuote } from './decline-quote';
import { issueSlip } from './issue-slip';
import { merge } from './merge';
import { quote } from './quote';
import { urge } from './urge';
import { withdraw } from './withdraw';
import type { CommandDefinition } from './definition';
import { note } from './note';
import { rate } from './rate';
import { reopen } from './reopen';
import { reply } from './reply';
import { resolve } from './resolve';
import { transfer } from './transfer';

export const COMMANDS: { readonly [K in TicketCommand]: CommandDefinition<K> } = {
  accept,
  reply,
  note,
  transfer,
  resolve,
  rate,
  reopen,
  withdraw,
  urge,
  merge,
  quote,
  accept_quote: acceptQuote,
  decline_quote: declineQuote,
  issue_slip: issueSlip,
};

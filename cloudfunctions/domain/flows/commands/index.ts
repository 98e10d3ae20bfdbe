// Every command's definition, by name. A new command is a new file and one line here.
import type { TicketCommand } from '../../api';
import { accept } from './accept';
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
};

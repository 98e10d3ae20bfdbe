import type { InboxCounts, InboxPage, Page, TicketSummaryView, TicketView } from '@domain/api';
import type {
  CreateTicketInput,
  DeclineQuoteInput,
  IssueSlipInput,
  MergeInput,
  QuoteInput,
  WithdrawInput,
  ListInboxInput,
  ListMineInput,
  NoteInput,
  RateInput,
  ReplyInput,
  ResolveInput,
  TransferInput,
} from '@domain/schemas';
import { callCloud } from '../callCloud';

const call = <T>(action: string, payload: object) => callCloud<T>('ticket', { action, ...payload });

export const ticketApi = {
  create: (input: CreateTicketInput) => call<TicketView>('create', input),
  listMine: (input: ListMineInput) => call<Page<TicketSummaryView>>('listMine', input),
  listInbox: (input: ListInboxInput) => call<InboxPage>('listInbox', input),
  inboxCounts: () => call<InboxCounts>('inboxCounts', {}),
  get: (ticketId: string) => call<TicketView>('get', { ticketId }),
  accept: (ticketId: string) => call<TicketView>('accept', { ticketId }),
  reply: (input: ReplyInput) => call<TicketView>('reply', input),
  note: (input: NoteInput) => call<TicketView>('note', input),
  transfer: (input: TransferInput) => call<TicketView>('transfer', input),
  resolve: (input: ResolveInput) => call<TicketView>('resolve', input),
  rate: (input: RateInput) => call<TicketView>('rate', input),
  withdraw: (input: WithdrawInput) => call<TicketView>('withdraw', input),
  urge: (ticketId: string) => call<TicketView>('urge', { ticketId }),
  merge: (input: MergeInput) => call<TicketView>('merge', input),
  quote: (input: QuoteInput) => call<TicketView>('quote', input),
  acceptQuote: (ticketId: string) => call<TicketView>('acceptQuote', { ticketId }),
  declineQuote: (input: DeclineQuoteInput) => call<TicketView>('declineQuote', input),
  issueSlip: (input: IssueSlipInput) => call<TicketView>('issueSlip', input),
};

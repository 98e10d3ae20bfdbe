import type {
  CreditView,
  StaffChoiceView,
  InboxCounts,
  InboxPage,
  Page,
  TicketSummaryView,
  TicketView,
} from '@domain/api';
import type {
  AcknowledgeInput,
  AdoptInput,
  AnswerInput,
  ApologiseInput,
  ApprovePlanInput,
  CorrectiveReportInput,
  CreditInput,
  DeclineInput,
  FlagInput,
  RecordContactInput,
  ReferInput,
  ReturnPlanInput,
  SubmitPlanInput,
  SuperviseInput,
  UtilityFollowUpInput,
  CreateTicketInput,
  ListCreditsInput,
  StaffChoicesInput,
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
import type { CreateOnBehalfInput, LookupOwnerInput } from '@domain/desk-schemas';
import type { OwnerCandidate } from '@domain/owner-lookup';
import type { RoutingRule } from '@domain/routing';
import { callCloud } from '../callCloud';

export interface RoutingRulesView {
  rules: RoutingRule[];
  /** 0 while none is stored and the seeded defaults apply */
  version: number;
  updatedAt?: string;
  updatedByName?: string;
}

const call = <T>(action: string, payload: object) => callCloud<T>('ticket', { action, ...payload });

export const ticketApi = {
  create: (input: CreateTicketInput) => call<TicketView>('create', input),
  listMine: (input: ListMineInput) => call<Page<TicketSummaryView>>('listMine', input),
  staffChoices: (input: StaffChoicesInput) => call<StaffChoiceView[]>('staffChoices', input),
  listCredits: (input: ListCreditsInput) => call<Page<CreditView>>('listCredits', input),
  listInbox: (input: ListInboxInput) => call<InboxPage>('listInbox', input),
  inboxCounts: () => call<InboxCounts>('inboxCounts', {}),
  get: (ticketId: string) => call<TicketView>('get', { ticketId }),
  accept: (ticketId: string) => call<TicketView>('accept', { ticketId }),
  reply: (input: ReplyInput) => call<TicketView>('reply', input),
  note: (input: NoteInput) => call<TicketView>('note', input),
  transfer: (input: TransferInput) => call<TicketView>('transfer', input),
  resolve: (input: ResolveInput) => call<TicketView>('resolve', input),
  rate: (input: RateInput) => call<TicketView>('rate', input),
  createOnBehalf: (input: CreateOnBehalfInput) => call<TicketView>('createOnBehalf', input),
  lookupOwner: (input: LookupOwnerInput) => call<{ items: OwnerCandidate[] }>('lookupOwner', input),
  listRoutingRules: () => call<RoutingRulesView>('listRoutingRules', {}),
  saveRoutingRules: (version: number, rules: RoutingRule[]) =>
    call<RoutingRulesView>('saveRoutingRules', { version, rules }),
  apologise: (input: ApologiseInput) => call<TicketView>('apologise', input),
  recordContact: (input: RecordContactInput) => call<TicketView>('recordContact', input),
  submitPlan: (input: SubmitPlanInput) => call<TicketView>('submitPlan', input),
  approvePlan: (input: ApprovePlanInput) => call<TicketView>('approvePlan', input),
  returnPlan: (input: ReturnPlanInput) => call<TicketView>('returnPlan', input),
  flag: (input: FlagInput) => call<TicketView>('flag', input),
  utilityFollowUp: (input: UtilityFollowUpInput) => call<TicketView>('utilityFollowUp', input),
  correctiveReport: (input: CorrectiveReportInput) => call<TicketView>('correctiveReport', input),
  answer: (input: AnswerInput) => call<TicketView>('answer', input),
  refer: (input: ReferInput) => call<TicketView>('refer', input),
  adopt: (input: AdoptInput) => call<TicketView>('adopt', input),
  decline: (input: DeclineInput) => call<TicketView>('decline', input),
  credit: (input: CreditInput) => call<TicketView>('credit', input),
  supervise: (input: SuperviseInput) => call<TicketView>('supervise', input),
  acknowledge: (input: AcknowledgeInput) => call<TicketView>('acknowledge', input),
  withdraw: (input: WithdrawInput) => call<TicketView>('withdraw', input),
  urge: (ticketId: string) => call<TicketView>('urge', { ticketId }),
  merge: (input: MergeInput) => call<TicketView>('merge', input),
  quote: (input: QuoteInput) => call<TicketView>('quote', input),
  acceptQuote: (ticketId: string) => call<TicketView>('acceptQuote', { ticketId }),
  declineQuote: (input: DeclineQuoteInput) => call<TicketView>('declineQuote', input),
  issueSlip: (input: IssueSlipInput) => call<TicketView>('issueSlip', input),
};

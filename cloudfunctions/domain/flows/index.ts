// Each category's flow. A category whose policy asks for its own steps has its own file.
import type { Category, SlaStep, Ticket, TicketStatus } from '../model';
import { GENERAL_FLOW } from './general';
import type { FlowTable, StatusRow } from './table';

export const FLOWS: { readonly [C in Category]: FlowTable } = {
  repair: GENERAL_FLOW,
  complaint: GENERAL_FLOW,
  consultation: GENERAL_FLOW,
  suggestion: GENERAL_FLOW,
  praise: GENERAL_FLOW,
  after_sales: GENERAL_FLOW,
  paid_service: GENERAL_FLOW,
  emergency: GENERAL_FLOW,
  other: GENERAL_FLOW,
};

export const flowOf = (ticket: Pick<Ticket, 'category'>): FlowTable => FLOWS[ticket.category];

export function rowOf(ticket: Pick<Ticket, 'category'>, status: TicketStatus): StatusRow | undefined {
  return flowOf(ticket)[status];
}

/** The step whose promise runs in `status`; 'owner' while it waits on the owner; null for none. */
export function promiseIn(ticket: Pick<Ticket, 'category'>, status: TicketStatus): SlaStep | 'owner' | null {
  return rowOf(ticket, status)?.promise ?? null;
}

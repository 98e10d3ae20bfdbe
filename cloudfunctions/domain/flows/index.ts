// Each category's flow. A category whose policy asks for its own steps has its own file.
import type { Category, SlaStep, Ticket, TicketStatus } from '../model';
import { AFTER_SALES_FLOW } from './after-sales';
import { withCommon } from './common';
import { EMERGENCY_FLOW } from './emergency';
import { GENERAL_FLOW } from './general';
import { PAID_SERVICE_FLOW } from './paid-service';
import { REPAIR_FLOW } from './repair';
import type { FlowTable, StatusRow } from './table';

/** Every flow with the commands all share (withdraw, urge, merge: common.ts). */
export const FLOWS: { readonly [C in Category]: FlowTable } = {
  repair: withCommon(REPAIR_FLOW),
  complaint: withCommon(GENERAL_FLOW),
  consultation: withCommon(GENERAL_FLOW),
  suggestion: withCommon(GENERAL_FLOW),
  praise: withCommon(GENERAL_FLOW),
  after_sales: withCommon(AFTER_SALES_FLOW),
  paid_service: withCommon(PAID_SERVICE_FLOW),
  emergency: withCommon(EMERGENCY_FLOW),
  other: withCommon(GENERAL_FLOW),
};

export const flowOf = (ticket: Pick<Ticket, 'category'>): FlowTable => FLOWS[ticket.category];

export function rowOf(ticket: Pick<Ticket, 'category'>, status: TicketStatus): StatusRow | undefined {
  return flowOf(ticket)[status];
}

/** The step whose promise runs in `status`; 'owner' while it waits on the owner; null for none. */
export function promiseIn(ticket: Pick<Ticket, 'category'>, status: TicketStatus): SlaStep | 'owner' | null {
  return rowOf(ticket, status)?.promise ?? null;
}

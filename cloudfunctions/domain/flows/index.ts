// Each category's flow. A category whose policy asks for its own steps has its own file.
import type { Category, SlaStep, Ticket, TicketStatus } from '../model';
import { AFTER_SALES_FLOW } from './after-sales';
import { withCommon } from './common';
import { COMPLAINT_FLOW } from './complaint';
import { CONSULTATION_FLOW } from './consultation';
import { GENERAL_FLOW } from './general';
import { EMERGENCY_FLOW } from './emergency';
import { PAID_SERVICE_FLOW } from './paid-service';
import { PRAISE_FLOW } from './praise';
import { REPAIR_FLOW } from './repair';
import { SUGGESTION_FLOW } from './suggestion';
import { withSupervision } from './supervision';
import type { FlowTable, StatusRow } from './table';

const TABLES: { readonly [C in Category]: FlowTable } = {
  repair: REPAIR_FLOW,
  complaint: COMPLAINT_FLOW,
  consultation: CONSULTATION_FLOW,
  suggestion: SUGGESTION_FLOW,
  praise: PRAISE_FLOW,
  after_sales: AFTER_SALES_FLOW,
  paid_service: PAID_SERVICE_FLOW,
  emergency: EMERGENCY_FLOW,
  other: GENERAL_FLOW,
};

/**
 * Each category's table, with the commands all share — withdraw, urge, merge (flows/common.ts) — and
 * supervision (督办) open wherever a step runs (flows/supervision.ts).
 */
export const FLOWS: { readonly [C in Category]: FlowTable } = Object.fromEntries(
  Object.entries(TABLES).map(([category, table]) => [category, withSupervision(withCommon(table))]),
) as { readonly [C in Category]: FlowTable };

export const flowOf = (ticket: Pick<Ticket, 'category'>): FlowTable => FLOWS[ticket.category];

export function rowOf(ticket: Pick<Ticket, 'category'>, status: TicketStatus): StatusRow | undefined {
  return flowOf(ticket)[status];
}

/** The step whose promise runs in `status`; 'owner' while it waits on the owner; null for none. */
export function promiseIn(ticket: Pick<Ticket, 'category'>, status: TicketStatus): SlaStep | 'owner' | null {
  return rowOf(ticket, status)?.promise ?? null;
}

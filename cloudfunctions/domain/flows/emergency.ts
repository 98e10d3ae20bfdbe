// Emergency (紧急): the highest priority. At filing, security and the manager are alerted at once
// (open-ticket.ts); every promise runs on the urgent spans, in minutes (sla.ts isUrgent). The steps
// are the general ones — accepted, resolved, rated — so the table is the general flow's.
import { GENERAL_FLOW } from './general';
import type { FlowTable } from './table';

export const EMERGENCY_FLOW: FlowTable = GENERAL_FLOW;

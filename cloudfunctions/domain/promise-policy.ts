// What a community promises for each step of each category (a cell of the table category × step),
// how early the handler is warned, and how long a missed promise waits before it reaches the
// manager. Admins override cells per community; a cell nobody set follows the defaults below.
import type { Category, SlaStep, Ticket } from './model';
import { addWorkingDays, addWorkingMinutes, endOfWorkingDay } from './working-calendar';
import type { WorkingCalendar } from './working-calendar';
import { addMinutes } from './time';

export const SPAN_UNITS = ['minutes', 'hours', 'working_hours', 'working_days', 'same_day'] as const;
export type SpanUnit = (typeof SPAN_UNITS)[number];

/** A promised span: clock minutes or hours, working hours or days, or the end of the working day. */
export interface Span {
  unit: SpanUnit;
  /** how many units; 1 for same_day */
  value: number;
}

/** The rows of the table: each category, and `urgent` for an urgent request of any other category. */
export const POLICY_ROWS = [
  'repair',
  'complaint',
  'consultation',
  'suggestion',
  'praise',
  'after_sales',
  'paid_service',
  'emergency',
  'other',
  'urgent',
] as const satisfies ReadonlyArray<Category | 'urgent'>;
export type PolicyRow = (typeof POLICY_ROWS)[number];

export type SpanTable = { [R in PolicyRow]?: { [S in SlaStep]?: Span } };

export interface PromisePolicy {
  /** the cells admins set; the rest follow DEFAULT_SPANS */
  spans: SpanTable;
  /** the share of the span after which the handler is warned (0.75: three quarters of the way) */
  warnShare: number;
  /** further time after a miss before the manager is told: for clock steps and working-time steps */
  escalateAfter: { clock: Span; working: Span };
}

const minutes = (value: number): Span => ({ unit: 'minutes', value });
const hours = (value: number): Span => ({ unit: 'hours', value });
const workingDays = (value: number): Span => ({ unit: 'working_days', value });
const SAME_DAY: Span = { unit: 'same_day', value: 1 };

/** Each step's default, whatever the category (a category row below may say otherwise). */
export const DEFAULT_STEP_SPANS: { readonly [S in SlaStep]: Span } = {
  first_reply: minutes(15),
  accept: minutes(15),
  transfer: minutes(15),
  contact: hours(2),
  plan: workingDays(3),
  plan_approval: workingDays(1),
  resolve: hours(24),
  answer: hours(4),
  evaluate: workingDays(5),
  quote: workingDays(1),
  rework: SAME_DAY,
  verify: workingDays(3),
  return_visit: workingDays(3),
};

/** Defaults that differ by row: urgent requests and emergencies are promised in minutes. */
export const DEFAULT_SPANS: SpanTable = {
  after_sales: { resolve: SAME_DAY },
  urgent: {
    first_reply: minutes(5),
    accept: minutes(5),
    transfer: minutes(5),
    contact: minutes(30),
    resolve: hours(4),
    answer: hours(1),
  },
  emergency: {
    first_reply: minutes(2),
    accept: minutes(5),
    transfer: minutes(5),
    contact: minutes(10),
    plan: hours(1),
    plan_approval: minutes(30),
    resolve: hours(4),
    answer: minutes(30),
  },
};

export const DEFAULT_POLICY: PromisePolicy = {
  spans: {},
  warnShare: 0.75,
  escalateAfter: { clock: hours(2), working: workingDays(1) },
};

/** The span a row promises for a step, and whether a community's own cell set it. */
export function cellOf(policy: PromisePolicy, row: PolicyRow, step: SlaStep): { span: Span; custom: boolean } {
  const own = policy.spans[row]?.[step];
  if (own) return { span: own, custom: true };
  return { span: DEFAULT_SPANS[row]?.[step] ?? DEFAULT_STEP_SPANS[step], custom: false };
}

/** The row that decides a request's promises: emergencies their own, other urgent ones `urgent`. */
export function spanFor(policy: PromisePolicy, ticket: Pick<Ticket, 'category' | 'urgency'>, step: SlaStep): Span {
  if (ticket.category !== 'emergency' && ticket.urgency === 'urgent') {
    const urgent = policy.spans.urgent?.[step] ?? DEFAULT_SPANS.urgent?.[step];
    if (urgent) return urgent;
  }
  return cellOf(policy, ticket.category, step).span;
}

export const countsWorkingTime = (span: Span): boolean => span.unit !== 'minutes' && span.unit !== 'hours';

/** The instant a span after `at` ends. */
export function addSpan(calendar: WorkingCalendar, at: string, span: Span): string {
  switch (span.unit) {
    case 'minutes':
      return addMinutes(at, span.value);
    case 'hours':
      return addMinutes(at, span.value * 60);
    case 'working_hours':
      return addWorkingMinutes(calendar, at, span.value * 60);
    case 'working_days':
      return addWorkingDays(calendar, at, span.value);
    case 'same_day':
      return endOfWorkingDay(calendar, at);
  }
}

export const SPAN_UNIT_LABELS: Record<SpanUnit, string> = {
  minutes: '分钟',
  hours: '小时',
  working_hours: '个工作小时',
  working_days: '个工作日',
  same_day: '当天',
};

/** "15分钟", "3个工作日", "当天". */
export function spanText(span: Span): string {
  return span.unit === 'same_day' ? '当天' : `${span.value}${SPAN_UNIT_LABELS[span.unit]}`;
}

/** A stored policy (only what admins set) over the defaults. */
export function policyOf(stored: Partial<PromisePolicy> | null | undefined): PromisePolicy {
  return {
    spans: stored?.spans ?? {},
    warnShare: stored?.warnShare ?? DEFAULT_POLICY.warnShare,
    escalateAfter: stored?.escalateAfter ?? DEFAULT_POLICY.escalateAfter,
  };
}

/** The policy with one cell set (`span`) or back to its default (undefined). */
export function withCell(policy: PromisePolicy, row: PolicyRow, step: SlaStep, span: Span | undefined): PromisePolicy {
  const { [step]: _old, ...rest } = policy.spans[row] ?? {};
  const cells = span ? { ...rest, [step]: span } : rest;
  const { [row]: _row, ...others } = policy.spans;
  return { ...policy, spans: Object.keys(cells).length ? { ...others, [row]: cells } : others };
}

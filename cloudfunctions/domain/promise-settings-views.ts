// What the admin pages of the promise settings show: a year of the working calendar (and whether
// its official dates are entered), and a community's table category × step.
import type { SlaStep } from './model';
import { SLA_STEPS } from './model';
import { POLICY_ROWS, cellOf } from './promise-policy';
import type { PolicyRow, PromisePolicy, Span } from './promise-policy';
import type { CalendarYear, DayKey, WorkingHours } from './working-calendar';
import { fixedHolidays } from './working-calendar';

export interface CalendarView extends CalendarYear {
  hours: { start: string; end: string };
  /** this year and the next whose official dates nobody has entered yet */
  yearsMissing: number[];
}

export interface PolicyCellView {
  step: SlaStep;
  span: Span;
  /** set for this community (else the company default) */
  custom: boolean;
}

export interface PolicyView {
  communityId: string;
  rows: Array<{ row: PolicyRow; cells: PolicyCellView[] }>;
  warnPercent: number;
  escalateAfter: PromisePolicy['escalateAfter'];
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function toCalendarView(year: CalendarYear, hours: WorkingHours, yearsMissing: number[]): CalendarView {
  return { ...year, hours: { start: hhmm(hours.start), end: hhmm(hours.end) }, yearsMissing };
}

/** A year nobody stored or seeded: its fixed-date holidays only, not official. */
export const blankYear = (year: number): CalendarYear => ({
  year,
  holidays: fixedHolidays(year),
  workdays: [],
  official: false,
});

/** The year with `day` made a holiday, a make-up working day, or neither. */
export function withDay(year: CalendarYear, day: DayKey, kind: 'holiday' | 'workday' | 'none'): CalendarYear {
  const holidays = year.holidays.filter((d) => d !== day);
  const workdays = year.workdays.filter((d) => d !== day);
  if (kind === 'holiday') holidays.push(day);
  if (kind === 'workday') workdays.push(day);
  return { ...year, holidays: holidays.sort(), workdays: workdays.sort() };
}

export function toPolicyView(communityId: string, policy: PromisePolicy): PolicyView {
  return {
    communityId,
    rows: POLICY_ROWS.map((row) => ({
      row,
      cells: SLA_STEPS.map((step) => ({ step, ...cellOf(policy, row, step) })),
    })),
    warnPercent: Math.round(policy.warnShare * 100),
    escalateAfter: policy.escalateAfter,
  };
}

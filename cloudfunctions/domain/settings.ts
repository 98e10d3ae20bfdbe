// The settings a request's moves depend on: the community's promise policy, the working calendar
// the promises count on, and when a rating sends a request back. Functions load them per community
// (server/service-settings.ts); the defaults serve the domain's callers that pass none.
import { seedYear } from './calendar-seed';
import { DEFAULT_POLICY } from './promise-policy';
import type { PromisePolicy } from './promise-policy';
import { DEFAULT_WORKING_HOURS } from './working-calendar';
import type { WorkingCalendar } from './working-calendar';

export interface ServiceSettings {
  promises: PromisePolicy;
  calendar: WorkingCalendar;
  /** ratings at or below this send the request back to the department */
  unsatisfiedAtOrBelow: number;
  /** an owner urges (催办) an overdue request at most once in this many minutes */
  urgeSpanMinutes: number;
}

/** The years the packaged calendar is asked for when nothing is stored (the domain has no clock). */
const PACKAGED_YEARS = [2025, 2026, 2027];

export const DEFAULT_CALENDAR: WorkingCalendar = {
  hours: DEFAULT_WORKING_HOURS,
  years: Object.fromEntries(PACKAGED_YEARS.map((year) => [String(year), seedYear(year)])),
};

export const DEFAULT_SETTINGS: ServiceSettings = {
  promises: DEFAULT_POLICY,
  calendar: DEFAULT_CALENDAR,
  unsatisfiedAtOrBelow: 2,
  urgeSpanMinutes: 12 * 60,
};

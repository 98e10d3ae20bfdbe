// The settings a command needs (the community's promise policy and the working calendar), kept in
// the function instance for a minute: a warm instance adds no database request to a command; a cold
// one, or one whose minute is up, adds two (the calendar, the policy). An admin's change therefore
// reaches every instance within a minute. A year the calendar lacks (this year or the next) is
// seeded from the packaged dates on first use, with one more write.
import { seedYear } from '../domain/calendar-seed';
import { policyOf } from '../domain/promise-policy';
import type { PromisePolicy } from '../domain/promise-policy';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { ServiceSettings } from '../domain/settings';
import { toIso } from '../domain/time';
import { DEFAULT_WORKING_HOURS, missingYears } from '../domain/working-calendar';
import type { CalendarYear, WorkingCalendar } from '../domain/working-calendar';
import type { Repositories } from './repositories/types';

export const SETTINGS_TTL_MS = 60_000;

interface Cached<T> {
  until: number;
  value: T;
}

let calendarCache: Cached<WorkingCalendar> | undefined;
const policyCache = new Map<string, Cached<PromisePolicy>>();

/** Forgets what this instance cached (after an admin's change, so it applies here at once). */
export function forgetSettings(): void {
  calendarCache = undefined;
  policyCache.clear();
}

const yearOf = (now: Date): number => Number(toIso(now).slice(0, 4));

/** Last year, this year and next: what a running promise may count on. */
export async function loadCalendar(repos: Repositories, now: Date): Promise<WorkingCalendar> {
  if (calendarCache && calendarCache.until > now.getTime()) return calendarCache.value;
  const year = yearOf(now);
  const stored = await repos.promiseSettings.calendarOf([year - 1, year, year + 1]);
  const years: Record<string, CalendarYear> = Object.fromEntries(stored.years.map((y) => [String(y.year), y]));
  const seeded = [year, year + 1].filter((y) => !years[String(y)]).map(seedYear);
  for (const y of seeded) {
    await repos.promiseSettings.saveYear(y, toIso(now));
    years[String(y.year)] = y;
  }
  const calendar: WorkingCalendar = { hours: stored.hours ?? DEFAULT_WORKING_HOURS, years };
  calendarCache = { until: now.getTime() + SETTINGS_TTL_MS, value: calendar };
  return calendar;
}

export async function loadPolicy(repos: Repositories, communityId: string, now: Date): Promise<PromisePolicy> {
  const cached = policyCache.get(communityId);
  if (cached && cached.until > now.getTime()) return cached.value;
  const policy = policyOf(await repos.promiseSettings.policyOf(communityId));
  policyCache.set(communityId, { until: now.getTime() + SETTINGS_TTL_MS, value: policy });
  return policy;
}

export async function serviceSettings(repos: Repositories, communityId: string, now: Date): Promise<ServiceSettings> {
  const [calendar, promises] = await Promise.all([loadCalendar(repos, now), loadPolicy(repos, communityId, now)]);
  return { ...DEFAULT_SETTINGS, calendar, promises };
}

/** This year and the next whose official dates nobody entered (for the timer's report and the admin page). */
export function yearsMissing(calendar: WorkingCalendar, now: Date): number[] {
  const year = yearOf(now);
  return missingYears(calendar, [year, year + 1]);
}

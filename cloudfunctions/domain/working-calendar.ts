// Working time in China: weekdays within working hours, less public holidays, plus the official
// make-up working days (调休). A year's dates come from the State Council's notice, kept as data
// (one record per year, editable by admins); a year nobody entered yet counts weekends and the
// fixed-date holidays only, and says so (`missingYears`).
import { CHINA_UTC_OFFSET_MINUTES, toIso } from './time';

/** A calendar day in China, "YYYY-MM-DD". */
export type DayKey = string;

export interface CalendarYear {
  year: number;
  /** days off that would otherwise be working days (and holiday weekend days, harmless) */
  holidays: DayKey[];
  /** make-up working days (调休上班) on what would otherwise be a weekend */
  workdays: DayKey[];
  /** true once the year's official notice is entered; false while only fixed dates are known */
  official: boolean;
}

export interface WorkingHours {
  /** minutes after midnight, China time: 09:00 is 540 */
  start: number;
  end: number;
}

export interface WorkingCalendar {
  hours: WorkingHours;
  years: { readonly [year: string]: CalendarYear | undefined };
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: 9 * 60, end: 18 * 60 };

/**
 * The holidays whose dates never move (全国年节及纪念日放假办法, 2025): 元旦 1-1, 劳动节 5-1 and 5-2,
 * 国庆节 10-1 to 10-3. The lunar holidays and every 调休 come with each year's notice.
 */
export const FIXED_HOLIDAYS: readonly string[] = ['01-01', '05-01', '05-02', '10-01', '10-02', '10-03'];

export function fixedHolidays(year: number): DayKey[] {
  return FIXED_HOLIDAYS.map((md) => `${year}-${md}`);
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * MINUTE_MS;
/** No promise runs longer than this; a calendar with no working day at all stops here. */
const MAX_DAYS = 3 * 366;

/** Milliseconds on China's wall clock since 1970-01-01 00:00 China time. */
const chinaMs = (iso: string): number => Date.parse(iso) + OFFSET_MS;
const fromChinaMs = (ms: number): string => toIso(new Date(ms - OFFSET_MS));

export function dayKeyOfIndex(day: number): DayKey {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dayKeyOf(iso: string): DayKey {
  return dayKeyOfIndex(Math.floor(chinaMs(iso) / DAY_MS));
}

/** 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

export function isWorkingDay(calendar: WorkingCalendar, day: DayKey): boolean {
  const year = calendar.years[day.slice(0, 4)];
  if (year?.workdays.includes(day)) return true;
  if (year?.holidays.includes(day)) return false;
  if (!year?.official && FIXED_HOLIDAYS.includes(day.slice(5))) return false;
  const weekday = weekdayOf(Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS));
  return weekday !== 0 && weekday !== 6;
}

/** The years (of those asked) whose official dates nobody has entered. */
export function missingYears(calendar: WorkingCalendar, years: number[]): number[] {
  return years.filter((y) => !calendar.years[String(y)]?.official);
}

/** The working interval of a day, in China ms, or null on a day off. */
function workingInterval(calendar: WorkingCalendar, day: number): [number, number] | null {
  if (!isWorkingDay(calendar, dayKeyOfIndex(day))) return null;
  const base = day * DAY_MS;
  return [base + calendar.hours.start * MINUTE_MS, base + calendar.hours.end * MINUTE_MS];
}

/**
 * The instant `minutes` working minutes after `iso`. A span that ends exactly when a working day
 * ends ends then (Friday 18:00), not at the next day's start.
 */
export function addWorkingMinutes(calendar: WorkingCalendar, iso: string, minutes: number): string {
  let left = Math.max(0, minutes) * MINUTE_MS;
  let t = chinaMs(iso);
  const first = Math.floor(t / DAY_MS);
  for (let day = first; day < first + MAX_DAYS; day += 1) {
    const interval = workingInterval(calendar, day);
    if (!interval) continue;
    const [start, end] = interval;
    if (t < start) t = start;
    if (t < end) {
      if (left <= end - t) return fromChinaMs(t + left);
      left -= end - t;
    }
  }
  return fromChinaMs(t + left);
}

/** `iso` itself when it falls in working hours, else the start of the next working period. */
export function nextWorkingInstant(calendar: WorkingCalendar, iso: string): string {
  return addWorkingMinutes(calendar, iso, 0);
}

export function isWorkingInstant(calendar: WorkingCalendar, iso: string): boolean {
  const t = chinaMs(iso);
  const interval = workingInterval(calendar, Math.floor(t / DAY_MS));
  return interval !== null && t >= interval[0] && t < interval[1];
}

/** Working minutes from `fromIso` to `toIso` (0 when `toIso` is not later). */
export function workingMinutesBetween(calendar: WorkingCalendar, fromIso: string, toIsoTime: string): number {
  const from = chinaMs(fromIso);
  const to = chinaMs(toIsoTime);
  let total = 0;
  const last = Math.floor(to / DAY_MS);
  for (let day = Math.floor(from / DAY_MS); day <= last && day < Math.floor(from / DAY_MS) + MAX_DAYS; day += 1) {
    const interval = workingInterval(calendar, day);
    if (!interval) continue;
    const start = Math.max(interval[0], from);
    const end = Math.min(interval[1], to);
    if (end > start) total += end - start;
  }
  return total / MINUTE_MS;
}

export const workingDayMinutes = (calendar: WorkingCalendar): number => calendar.hours.end - calendar.hours.start;

/** N working days: N full working days of working time (Friday 20:00 + 3 → Wednesday 18:00). */
export function addWorkingDays(calendar: WorkingCalendar, iso: string, days: number): string {
  return addWorkingMinutes(calendar, iso, days * workingDayMinutes(calendar));
}

/** The end of the working day `iso` falls in, or of the next working day once this one is over. */
export function endOfWorkingDay(calendar: WorkingCalendar, iso: string): string {
  const t = chinaMs(iso);
  const first = Math.floor(t / DAY_MS);
  for (let day = first; day < first + MAX_DAYS; day += 1) {
    const interval = workingInterval(calendar, day);
    if (interval && t < interval[1]) return fromChinaMs(interval[1]);
  }
  return iso;
}

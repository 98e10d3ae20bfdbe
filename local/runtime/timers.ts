/**
 * Timer triggers. The cloud's cron has 7 fields (sec min hour day month week year) in UTC+8;
 * croner takes at most 6, so the year field is checked here and the rest is croner's
 * (day-of-month and day-of-week OR-ed, as the cloud documents; week 0 = Sunday).
 */
import { Cron } from 'croner';
import { invalidConfig } from './errors';

export const TRIGGER_TIMEZONE = 'Asia/Shanghai';

export interface ParsedCron {
  sixFields: string;
  yearMatches(year: number): boolean;
  /** False when the year field leaves no year from `year` on (the trigger never fires again). */
  hasYearFrom(year: number): boolean;
}

function yearSet(field: string): ((y: number) => boolean) | null {
  if (field === '*') return null;
  const tests: Array<(y: number) => boolean> = [];
  for (const part of field.split(',')) {
    const m = /^(\*|\d{4})(?:-(\d{4}))?(?:\/(\d+))?$/.exec(part);
    if (!m) throw new Error(`bad year "${part}"`);
    const start = m[1] === '*' ? 1970 : Number(m[1]);
    const end = m[2] ? Number(m[2]) : m[3] || m[1] === '*' ? 2099 : start;
    const step = m[3] ? Number(m[3]) : 1;
    if (start < 1970 || end > 2099 || end < start || step < 1) throw new Error(`year "${part}" is outside 1970–2099`);
    tests.push((y) => y >= start && y <= end && (y - start) % step === 0);
  }
  return (y) => tests.some((t) => t(y));
}

export function parseCloudCron(expression: string): ParsedCron {
  const fields = typeof expression === 'string' ? expression.trim().split(/\s+/) : [];
  if (fields.length !== 7) {
    throw invalidConfig(`timer cron "${expression}" must have 7 fields: second minute hour day month week year`);
  }
  let years: ((y: number) => boolean) | null;
  try {
    years = yearSet(fields[6]);
  } catch (error) {
    throw invalidConfig(`timer cron "${expression}": ${(error as Error).message}`);
  }
  const sixFields = fields.slice(0, 6).join(' ');
  try {
    new Cron(sixFields, { paused: true, timezone: TRIGGER_TIMEZONE }).stop();
  } catch (error) {
    throw invalidConfig(`timer cron "${expression}": ${(error as Error).message}`);
  }
  return {
    sixFields,
    yearMatches: (y) => (years ? years(y) : true),
    hasYearFrom: (y) => {
      if (!years) return true;
      for (let year = y; year <= 2099; year++) if (years(year)) return true;
      return false;
    },
  };
}

export function shanghaiYear(date: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: TRIGGER_TIMEZONE, year: 'numeric' }).format(date));
}

/** croner on the trigger time zone: the scheduler and nextRun read expressions the same way. */
function cronIn(sixFields: string, fire?: (self: Cron) => void): Cron {
  return fire
    ? new Cron(sixFields, { timezone: TRIGGER_TIMEZONE }, fire)
    : new Cron(sixFields, { paused: true, timezone: TRIGGER_TIMEZONE });
}

/** The first time after `after` at which the 7-field expression fires; null when it never will. */
export function nextRun(expression: string, after: Date): Date | null {
  const cron = parseCloudCron(expression);
  const job = cronIn(cron.sixFields);
  let from = after;
  for (;;) {
    const next = job.nextRun(from);
    if (!next) return null;
    const year = shanghaiYear(next);
    if (!cron.hasYearFrom(year)) return null;
    if (cron.yearMatches(year)) return next;
    from = new Date(Date.UTC(year + 1, 0, 1) - 8 * 3600 * 1000 - 1); // just before 1 Jan, UTC+8
  }
}

export interface ScheduledTrigger {
  stop(): void;
}

/** Calls `fire(scheduledTime)` at each time the 7-field expression names, until stopped. */
export function schedule(expression: string, fire: (at: Date) => void): ScheduledTrigger {
  const cron = parseCloudCron(expression);
  const job = cronIn(cron.sixFields, (self: Cron) => {
    const now = new Date();
    const year = shanghaiYear(now);
    if (!cron.hasYearFrom(year)) {
      self.stop();
      return;
    }
    if (cron.yearMatches(year)) fire(now);
  });
  return { stop: () => job.stop() };
}

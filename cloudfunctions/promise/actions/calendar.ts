// The working calendar, a year at a time. A year not stored yet shows its packaged dates (the
// State Council's, where the package has them, and always the fixed-date holidays), and is stored
// on its first edit. Reading is one database request; an edit two and the audit entry.
import { seedYear } from '../../domain/calendar-seed';
import { invalidInput } from '../../domain/errors';
import { toCalendarView, withDay } from '../../domain/promise-settings-views';
import type { CalendarView } from '../../domain/promise-settings-views';
import {
  calendarInput,
  markOfficialInput,
  setCalendarDayInput,
  setWorkingHoursInput,
} from '../../domain/promise-schemas';
import { toIso } from '../../domain/time';
import { DEFAULT_WORKING_HOURS, missingYears } from '../../domain/working-calendar';
import type { CalendarYear } from '../../domain/working-calendar';
import type { ActionContext } from '../../server/action';
import { defineAction } from '../../server/action';
import { recordChange } from '../record';

const EDITORS = ['admin'] as const;

async function readYear(context: ActionContext, year: number): Promise<CalendarView> {
  const thisYear = Number(toIso(context.now).slice(0, 4));
  const asked = [...new Set([year, thisYear, thisYear + 1])];
  const stored = await context.repos.promiseSettings.calendarOf(asked);
  const years = Object.fromEntries(
    asked.map((y) => [String(y), stored.years.find((s) => s.year === y) ?? seedYear(y)]),
  );
  const hours = stored.hours ?? DEFAULT_WORKING_HOURS;
  return toCalendarView(
    years[String(year)] as CalendarYear,
    hours,
    missingYears({ hours, years }, [thisYear, thisYear + 1]),
  );
}

export const calendar = defineAction({
  schema: calendarInput,
  roles: EDITORS,
  run: ({ year }, context) => readYear(context, year),
});

export const setCalendarDay = defineAction({
  schema: setCalendarDayInput,
  roles: EDITORS,
  async run({ day, kind }, context): Promise<CalendarView> {
    const year = Number(day.slice(0, 4));
    if (year < 2020 || year > 2100) throw invalidInput('年份超出范围', 'day');
    const { hours: _h, yearsMissing: _m, ...before } = await readYear(context, year);
    const after = withDay(before, day, kind);
    await context.repos.promiseSettings.saveYear(after, toIso(context.now), context.caller.openid);
    await recordChange(context, 'calendar.setDay', { kind: 'calendar', id: String(year) }, { before, after });
    return readYear(context, year);
  },
});

export const markOfficial = defineAction({
  schema: markOfficialInput,
  roles: EDITORS,
  async run({ year, official }, context): Promise<CalendarView> {
    const { hours: _h, yearsMissing: _m, ...before } = await readYear(context, year);
    const after = { ...before, official };
    await context.repos.promiseSettings.saveYear(after, toIso(context.now), context.caller.openid);
    await recordChange(context, 'calendar.markOfficial', { kind: 'calendar', id: String(year) }, { before, after });
    return readYear(context, year);
  },
});

export const setWorkingHours = defineAction({
  schema: setWorkingHoursInput,
  roles: EDITORS,
  async run(hours, context): Promise<CalendarView> {
    const year = Number(toIso(context.now).slice(0, 4));
    const before = (await readYear(context, year)).hours;
    await context.repos.promiseSettings.saveHours(hours, toIso(context.now), context.caller.openid);
    await recordChange(context, 'calendar.setHours', { kind: 'calendar', id: 'hours' }, { before, after: hours });
    return readYear(context, year);
  },
});

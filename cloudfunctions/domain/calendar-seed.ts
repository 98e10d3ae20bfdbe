// A year's calendar as first stored, before any admin edits it: the State Council's dates as the
// `chinese-days` package knows them, and always the fixed-date holidays of our own table (the
// package is wrong for years it has no notice for: it calls 2027-01-01 a working day).
import packaged from 'chinese-days/dist/chinese-days.json';
import type { CalendarYear, DayKey } from './working-calendar';
import { FIXED_HOLIDAYS, fixedHolidays } from './working-calendar';

interface PackagedDays {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const inYear = (days: Record<string, string>, year: number): DayKey[] =>
  Object.keys(days)
    .filter((day) => day.startsWith(`${year}-`))
    .sort();

export function seedYear(year: number): CalendarYear {
  const data = packaged as PackagedDays;
  const holidays = inYear(data.holidays, year);
  // a notice always moves some holiday that is not on a fixed date (春节 at least)
  const official = holidays.some((day) => !FIXED_HOLIDAYS.includes(day.slice(5)));
  return {
    year,
    holidays: [...new Set([...holidays, ...fixedHolidays(year)])].sort(),
    workdays: official ? inYear(data.workdays, year) : [],
    official,
  };
}

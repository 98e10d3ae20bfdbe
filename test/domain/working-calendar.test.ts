// Working time on China's calendar: weekends and public holidays off, the official make-up working
// days (调休) on, 09:00–18:00; a year with no official notice entered counts only the fixed dates.
import { seedYear } from '../../cloudfunctions/domain/calendar-seed';
import { DEFAULT_CALENDAR } from '../../cloudfunctions/domain/settings';
import {
  addWorkingDays,
  addWorkingMinutes,
  endOfWorkingDay,
  isWorkingDay,
  missingYears,
  nextWorkingInstant,
  workingMinutesBetween,
} from '../../cloudfunctions/domain/working-calendar';
import type { WorkingCalendar } from '../../cloudfunctions/domain/working-calendar';

const calendar = DEFAULT_CALENDAR;
const at = (local: string) => `${local}:00.000+08:00`;

describe('the seeded years', () => {
  it('has the 2026 notice: National Day 10-01..10-07 off, Sunday 9-20 and Saturday 10-10 worked', () => {
    for (const day of ['2026-10-01', '2026-10-05', '2026-10-07']) expect(isWorkingDay(calendar, day)).toBe(false);
    expect(isWorkingDay(calendar, '2026-09-20')).toBe(true); // a Sunday
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true); // a Saturday
    expect(isWorkingDay(calendar, '2026-10-08')).toBe(true);
    expect(isWorkingDay(calendar, '2026-10-11')).toBe(false); // an ordinary Sunday
  });

  it('has the 2026 Spring Festival: 2-15..2-23 off, Saturdays 2-14 and 2-28 worked', () => {
    expect(isWorkingDay(calendar, '2026-02-16')).toBe(false); // a Monday
    expect(isWorkingDay(calendar, '2026-02-23')).toBe(false); // a Monday
    expect(isWorkingDay(calendar, '2026-02-14')).toBe(true);
    expect(isWorkingDay(calendar, '2026-02-28')).toBe(true);
    expect(isWorkingDay(calendar, '2026-02-24')).toBe(true);
  });

  it('knows 2027 has no notice yet, and still keeps its fixed-date holidays off (the package would not)', () => {
    const y2027 = seedYear(2027);
    expect(y2027.official).toBe(false);
    expect(y2027.workdays).toEqual([]);
    expect(y2027.holidays).toEqual([
      '2027-01-01',
      '2027-05-01',
      '2027-05-02',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
    expect(isWorkingDay(calendar, '2027-01-01')).toBe(false); // a Friday
    expect(missingYears(calendar, [2026, 2027])).toEqual([2027]);
  });

  it('counts a year nobody stored as weekdays less the fixed dates, and reports it missing', () => {
    const empty: WorkingCalendar = { hours: calendar.hours, years: {} };
    expect(isWorkingDay(empty, '2030-10-02')).toBe(false); // a Wednesday, National Day
    expect(isWorkingDay(empty, '2030-10-04')).toBe(true);
    expect(missingYears(empty, [2030])).toEqual([2030]);
  });
});

describe('working-time arithmetic', () => {
  it('starts a step filed on Friday evening on Monday morning: 3 working days end Wednesday 18:00', () => {
    // Friday 2026-11-20 20:30
    expect(nextWorkingInstant(calendar, at('2026-11-20T20:30'))).toBe(at('2026-11-23T09:00'));
    expect(addWorkingDays(calendar, at('2026-11-20T20:30'), 3)).toBe(at('2026-11-25T18:00'));
    expect(addWorkingMinutes(calendar, at('2026-11-20T20:30'), 120)).toBe(at('2026-11-23T11:00'));
  });

  it('carries what is left of Friday into Monday', () => {
    // Friday 17:00 + 2 working hours = Monday 10:00
    expect(addWorkingMinutes(calendar, at('2026-11-20T17:00'), 120)).toBe(at('2026-11-23T10:00'));
    // a span that ends exactly at the end of the day ends then
    expect(addWorkingMinutes(calendar, at('2026-11-20T17:00'), 60)).toBe(at('2026-11-20T18:00'));
    expect(addWorkingDays(calendar, at('2026-11-24T10:00'), 1)).toBe(at('2026-11-25T10:00'));
  });

  it('skips the National Day holiday and works its make-up Saturday', () => {
    // Wednesday 9-30 15:00 + 1 working day: 10-01..10-07 off, so Thursday 10-08 15:00
    expect(addWorkingDays(calendar, at('2026-09-30T15:00'), 1)).toBe(at('2026-10-08T15:00'));
    // Friday 10-09 15:00 + 1 working day: Saturday 10-10 is worked
    expect(addWorkingDays(calendar, at('2026-10-09T15:00'), 1)).toBe(at('2026-10-10T15:00'));
    // Friday 9-18 16:00 + 3 working hours: Sunday 9-20 is worked
    expect(addWorkingMinutes(calendar, at('2026-09-18T16:00'), 180)).toBe(at('2026-09-20T10:00'));
    expect(workingMinutesBetween(calendar, at('2026-09-30T17:00'), at('2026-10-08T10:00'))).toBe(120);
  });

  it('skips the Spring Festival', () => {
    // Friday 2-13 10:00 + 2 working days: Saturday 2-14 worked, then nothing until Tuesday 2-24
    expect(addWorkingDays(calendar, at('2026-02-13T10:00'), 2)).toBe(at('2026-02-24T10:00'));
  });

  it('ends "the same day" at 18:00, or the next working day once the day is over', () => {
    expect(endOfWorkingDay(calendar, at('2026-11-24T10:00'))).toBe(at('2026-11-24T18:00'));
    expect(endOfWorkingDay(calendar, at('2026-11-20T19:00'))).toBe(at('2026-11-23T18:00'));
    expect(endOfWorkingDay(calendar, at('2026-09-30T18:00'))).toBe(at('2026-10-08T18:00'));
  });

  it('counts working minutes between two instants, nights and weekends not', () => {
    expect(workingMinutesBetween(calendar, at('2026-11-20T17:00'), at('2026-11-23T10:00'))).toBe(120);
    expect(workingMinutesBetween(calendar, at('2026-11-23T10:00'), at('2026-11-20T17:00'))).toBe(0);
  });

  it('follows the working hours setting', () => {
    const early: WorkingCalendar = { ...calendar, hours: { start: 8 * 60 + 30, end: 17 * 60 + 30 } };
    expect(addWorkingMinutes(early, at('2026-11-20T17:00'), 60)).toBe(at('2026-11-23T09:00'));
  });
});

// Months in China time, keyed "2026-11": the unit every figure set is counted and kept in.
import { toIso } from '../time';

/** A month's instants as stored times compare: `start` ≤ t < `end` (China time). */
export interface MonthRange {
  month: string;
  start: string;
  end: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonthKey = (value: string): boolean => MONTH.test(value);

function parts(month: string): [number, number] {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a month key: ${month}`);
  return [Number(match[1]), Number(match[2])];
}

const key = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/** The month `n` months after `month` (before it when `n` is negative). */
export function shiftMonth(month: string, n: number): string {
  const [year, m] = parts(month);
  const index = year * 12 + (m - 1) + n;
  return key(Math.floor(index / 12), (index % 12) + 1);
}

export const monthOf = (now: Date): string => toIso(now).slice(0, 7);

export function monthRange(month: string): MonthRange {
  parts(month);
  return { month, start: `${month}-01T00:00:00.000+08:00`, end: `${shiftMonth(month, 1)}-01T00:00:00.000+08:00` };
}

/** A month is closed once it has ended in China: its figures are kept and never change. */
export const isClosedMonth = (month: string, now: Date): boolean => monthRange(month).end <= toIso(now);

/** The `count` months ending with `last`, oldest first. */
export const monthsEnding = (last: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => shiftMonth(last, i - count + 1));

/** 2026年11月 */
export function monthLabel(month: string): string {
  const [year, m] = parts(month);
  return `${year}年${m}月`;
}

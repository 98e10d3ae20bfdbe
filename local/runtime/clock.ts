/**
 * The local cloud's settable clock, for tests and demos: once set, `Date` (global: functions run in
 * this process) and the database's serverDate read the set time, and time keeps running from it.
 *
 * `@sinonjs/fake-timers` replaces `Date` only (timers, Intl and performance stay real); its clock's
 * `now` is driven here as "real time + offset", so the faked time advances at the real rate with
 * millisecond precision instead of in ticks. Nothing is faked until the clock is first set: a
 * runtime whose clock is never touched runs on the real `Date`.
 */
import { withGlobal } from '@sinonjs/fake-timers';
import { invalidArgument } from './errors';

export interface LocalClock {
  /** What functions see as the current time. */
  now(): Date;
  /** Sets the time (an ISO 8601 string with its zone, or a Date); it keeps running from there. */
  set(time: string | Date): Date;
  /** Moves the time forward (or back, with a negative number) by this many minutes. */
  advance(minutes: number): Date;
  /** Back to the real time; `Date` is the real one again. */
  reset(): void;
}

const realDate = Date;
const realNow = () => realDate.now();

/** The one clock that has faked `Date` in this process (`Date` is global, so there is one). */
let active: object | null = null;

/** An ISO 8601 instant with a zone (`Z` or `+08:00`): a bare date or local time is ambiguous. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant `time` names, or an INVALID_ARGUMENT error. */
export function parseInstant(time: unknown): number {
  if (time instanceof realDate) {
    const ms = time.getTime();
    if (Number.isNaN(ms)) throw invalidArgument('clock: the date is not valid');
    return ms;
  }
  if (typeof time !== 'string' || !ISO_INSTANT.test(time)) {
    throw invalidArgument('clock: the time must be an ISO 8601 instant with its zone, e.g. 2026-10-08T09:00:00+08:00');
  }
  const ms = realDate.parse(time);
  if (Number.isNaN(ms)) throw invalidArgument(`clock: "${time}" is not a valid time`);
  return ms;
}

/** Whole or fractional minutes within ±10 years. */
export function checkMinutes(minutes: unknown): number {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || Math.abs(minutes) > 10 * 366 * 24 * 60) {
    throw invalidArgument('clock: minutes must be a finite number within ten years');
  }
  return minutes;
}

export function createLocalClock(): LocalClock {
  const owner = {};
  let offset = 0;
  let uninstall: (() => void) | null = null;

  const install = () => {
    if (uninstall) return;
    if (active && active !== owner)
      throw invalidArgument('clock: another local cloud in this process has set its clock');
    const clock = withGlobal(globalThis).install({ toFake: ['Date'] });
    // The fake Date reads `clock.now`; make it follow the real time plus the offset.
    Object.defineProperty(clock, 'now', {
      configurable: true,
      get: () => realNow() + offset,
      set: (value: number) => {
        offset = value - realNow();
      },
    });
    uninstall = () => clock.uninstall();
    active = owner;
  };

  /** Fakes `Date` if not yet done, then moves the clock to `instant`: the time it answers. */
  const moveTo = (instant: number): Date => {
    install();
    offset = instant - realNow();
    return new realDate(instant);
  };

  return {
    now: () => new realDate(realNow() + offset),
    set: (time) => moveTo(parseInstant(time)),
    advance: (minutes) => moveTo(realNow() + offset + checkMinutes(minutes) * 60_000),
    reset() {
      offset = 0;
      if (uninstall) uninstall();
      uninstall = null;
      if (active === owner) active = null;
    },
  };
}

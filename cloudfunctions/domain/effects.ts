import { toIso } from './time';

// How the dispatcher retries a failing effect and when it gives up (parks it for an admin).
export interface DispatchSettings {
  /** tries before an effect is parked */
  maxAttempts: number;
  /** the wait after the first failure; it doubles after each further one … */
  firstRetryMinutes: number;
  /** … up to this */
  maxRetryMinutes: number;
  /** how long a command waits for its own effects before answering; the rest is the timer's */
  promptBudgetMs: number;
  /** tickets read per batch by the timer's sweep */
  sweepBatch: number;
}

export const DEFAULT_DISPATCH_SETTINGS: DispatchSettings = {
  maxAttempts: 5,
  firstRetryMinutes: 1,
  maxRetryMinutes: 60,
  promptBudgetMs: 300,
  sweepBatch: 50,
};

/** When an effect that has failed `attempts` times is tried again. */
export function nextAttemptAt(attempts: number, now: Date, settings = DEFAULT_DISPATCH_SETTINGS): string {
  const minutes = Math.min(settings.firstRetryMinutes * 2 ** Math.max(0, attempts - 1), settings.maxRetryMinutes);
  return toIso(new Date(now.getTime() + minutes * 60_000));
}

/** An error as the pending effect keeps it: its message, short. */
export const describeError = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 300) || 'unknown error';

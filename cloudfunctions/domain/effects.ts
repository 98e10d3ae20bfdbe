import type { Effect } from './commands';
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

/** An effect in a ticket's outbox, as far as its order and retry state go. */
export interface OutboxEntry {
  key: string;
  /** when the command that recorded it ran */
  at: string;
  nextAttemptAt?: string;
}

/** What one dispatch did: keys carried out, entries that failed again (new retry state), keys parked. */
export interface OutboxOutcome<E extends OutboxEntry> {
  done: string[];
  failed: E[];
  parked: string[];
}

/**
 * The outbox after `outcome`, by key: done and parked entries leave, failed ones take their new
 * retry state, and entries appended since the outcome was reached are kept as they are.
 */
export function applyOutcome<E extends OutboxEntry>(pending: E[], outcome: OutboxOutcome<E>): E[] {
  const removed = new Set([...outcome.done, ...outcome.parked]);
  const failed = new Map(outcome.failed.map((e) => [e.key, e]));
  const seen = new Set<string>();
  const next: E[] = [];
  for (const entry of pending) {
    // a parked effect put back while still pending appears twice: one copy is enough
    if (removed.has(entry.key) || seen.has(entry.key)) continue;
    seen.add(entry.key);
    next.push(failed.get(entry.key) ?? entry);
  }
  return next;
}

/** When the first entry is due (its retry time, or when it was recorded); null for an empty outbox. */
export function dueAtOf(pending: OutboxEntry[]): string | null {
  let first: string | null = null;
  for (const entry of pending) {
    const at = entry.nextAttemptAt ?? entry.at;
    if (first === null || at < first) first = at;
  }
  return first;
}

/** An effect that failed too often, kept for an admin to see and retry. `id` is its key. */
export interface ParkedEffect {
  id: string;
  ticketId: string;
  ticketNumber: string;
  communityId: string;
  effect: Effect & { key: string; at: string };
  attempts: number;
  lastError: string;
  parkedAt: string;
}

export const EFFECT_LABELS: Record<Effect['type'], string> = {
  NOTIFY_OWNER: '通知业主',
  NOTIFY_DEPARTMENT: '通知部门',
  NOTIFY_STAFF: '通知员工',
  START_SLA: '开始承诺计时',
  STOP_SLA: '结束承诺计时',
  PLAN_VISIT: '安排回访',
  CREDIT_STAFF: '记入员工服务档案',
};

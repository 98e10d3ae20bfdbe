// The dispatcher: carries out the effects commands record inside tickets, through the handler of
// each effect's type (index.ts). Two ways in:
//  - promptly, right after a command's write, within a short budget: that command's own effects
//    (`dispatchRecorded`); what does not finish in time is left for the sweep;
//  - the timer's sweep (`dispatchDue`), every minute: every ticket with an effect due.
// Each effect has a key and each handler is idempotent on it, so carrying one out twice (a prompt
// pass and a sweep overlapping, a run stopped before it took its done effects out) changes
// nothing. A failing effect is retried with backoff and parked after `maxAttempts`; it never
// holds up the others. See docs/effects.md.
import type { Effect } from '../../domain/commands';
import { DEFAULT_DISPATCH_SETTINGS, describeError, nextAttemptAt } from '../../domain/effects';
import type { DispatchSettings } from '../../domain/effects';
import type { Ticket } from '../../domain/model';
import { toIso } from '../../domain/time';
import { pendingEffects } from '../repositories/cloud-tickets';
import type { DueTicket, EffectOutcome, ParkedEffect, Repositories } from '../repositories/types';
import type { EffectHandler, KeyedEffect } from './handler';
import { HANDLERS } from './index';
import type { EffectHandlers } from './index';

export interface DispatchOptions {
  handlers?: EffectHandlers;
  settings?: DispatchSettings;
  log?: (message: string, error: unknown) => void;
}

export interface DispatchReport {
  carriedOut: number;
  retrying: number;
  parked: number;
}

const emptyReport = (): DispatchReport => ({ carriedOut: 0, retrying: 0, parked: 0 });

/**
 * Functions deploy one by one: a command of a newer deployment may record a kind of effect this
 * function's build does not know yet. It fails like any effect (retried, then parked), never crashes the run.
 */
function handlerOf(handlers: EffectHandlers, type: Effect['type']): EffectHandler<Effect['type']> {
  const handler = Object.prototype.hasOwnProperty.call(handlers, type) ? handlers[type] : undefined;
  if (!handler) throw new Error(`no handler for ${String(type)}`);
  return handler as EffectHandler<Effect['type']>;
}

/**
 * The due effects of one ticket, one after the other, then one write of its outbox (more only if a
 * command wrote meanwhile) and one per effect parked. Each effect costs its handler's requests.
 */
async function dispatchTicket(
  repos: Repositories,
  now: Date,
  { ticket, pending }: DueTicket,
  deadline: number,
  handlers: EffectHandlers,
  settings: DispatchSettings,
): Promise<DispatchReport> {
  const nowIso = toIso(now);
  const outcome: EffectOutcome = { done: [], failed: [], parked: [] };
  const parked: ParkedEffect[] = [];
  let stopped = false;
  for (const effect of pending) {
    if (effect.nextAttemptAt && effect.nextAttemptAt > nowIso) continue;
    if (Date.now() >= deadline) {
      stopped = true;
      break;
    }
    try {
      await handlerOf(handlers, effect.type)(effect, { repos, now, ticket });
      outcome.done.push(effect.key);
    } catch (error) {
      const attempts = (effect.attempts ?? 0) + 1;
      const lastError = describeError(error);
      if (attempts >= settings.maxAttempts) {
        outcome.parked.push(effect.key);
        const { state: _state, attempts: _a, nextAttemptAt: _n, lastError: _l, ...keyed } = effect;
        parked.push({
          id: effect.key,
          ticketId: ticket.id,
          ticketNumber: ticket.number,
          communityId: ticket.communityId,
          effect: keyed as KeyedEffect,
          attempts,
          lastError,
          parkedAt: nowIso,
        });
      } else {
        outcome.failed.push({ ...effect, attempts, nextAttemptAt: nextAttemptAt(attempts, now, settings), lastError });
      }
    }
  }
  const changed = outcome.done.length + outcome.failed.length + outcome.parked.length > 0;
  // nothing tried for want of time: leave the outbox as it is. Nothing due at all (the prompt pass
  // did it and left `pendingEffectsAt` early): the write below sets it right.
  if (changed || !stopped) {
    if (parked.length) await repos.effects.park(parked);
    await repos.effects.settle(ticket.id, ticket.version, pending, outcome);
  }
  return { carriedOut: outcome.done.length, retrying: outcome.failed.length, parked: outcome.parked.length };
}

/**
 * The sweep: batches of tickets with effects due (one indexed read each), the longest waiting
 * first, the tickets of a batch side by side, until none is left or the deadline comes.
 */
export async function dispatchDue(
  repos: Repositories,
  now: Date,
  deadline: number,
  options: DispatchOptions = {},
): Promise<DispatchReport & { tickets: number }> {
  const handlers = options.handlers ?? HANDLERS;
  const settings = options.settings ?? DEFAULT_DISPATCH_SETTINGS;
  const report = { ...emptyReport(), tickets: 0 };
  const seen = new Set<string>();
  while (Date.now() < deadline) {
    const batch = (await repos.effects.due(toIso(now), settings.sweepBatch)).filter((d) => !seen.has(d.ticket.id));
    if (batch.length === 0) break;
    for (const due of batch) seen.add(due.ticket.id);
    const reports = await Promise.all(
      batch.map((due) => dispatchTicket(repos, now, due, deadline, handlers, settings)),
    );
    for (const r of reports) {
      report.carriedOut += r.carriedOut;
      report.retrying += r.retrying;
      report.parked += r.parked;
    }
    report.tickets += batch.length;
  }
  return report;
}

/**
 * Right after a command wrote `ticket` with `effects`: carries them out side by side, waits at most
 * `promptBudgetMs`, and takes out of the outbox those that were done (one request). A failure, or
 * an effect still running, stays for the sweep. Never throws: the command has succeeded.
 */
export async function dispatchRecorded(
  repos: Repositories,
  now: Date,
  ticket: Ticket,
  effects: Effect[],
  options: DispatchOptions = {},
): Promise<void> {
  if (effects.length === 0) return;
  const handlers = options.handlers ?? HANDLERS;
  const settings = options.settings ?? DEFAULT_DISPATCH_SETTINGS;
  const log = options.log ?? ((message, error) => console.error(message, error));
  const done: string[] = [];
  const keyed = pendingEffects(ticket, effects);
  const all = Promise.all(
    keyed.map(async (effect) => {
      try {
        await handlerOf(handlers, effect.type)(effect, { repos, now, ticket });
        done.push(effect.key);
      } catch {
        // retried by the sweep, which counts the tries
      }
    }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([all, new Promise<void>((resolve) => (timer = setTimeout(resolve, settings.promptBudgetMs)))]);
  clearTimeout(timer);
  try {
    await repos.effects.settleRecorded(ticket.id, ticket.version, effects.length, [...done]);
  } catch (error) {
    log('[effects] could not take carried-out effects out of the outbox (the sweep will)', error);
  }
}

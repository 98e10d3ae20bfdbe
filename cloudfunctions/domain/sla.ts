// The promise that runs in each status, and the START/STOP effects when it changes.
import type { Effect } from './commands';
import { promiseIn } from './flows';
import type { AppliedSla, SlaStep, Ticket } from './model';
import type { ServiceSettings } from './settings';
import { addMinutes } from './time';

export function isUrgent(ticket: Pick<Ticket, 'urgency' | 'category'>): boolean {
  return ticket.urgency === 'urgent' || ticket.category === 'emergency';
}

export function startSla(
  step: SlaStep,
  ticket: Pick<Ticket, 'urgency' | 'category'>,
  at: string,
  settings: ServiceSettings,
): AppliedSla {
  const { sla } = settings;
  const urgent = isUrgent(ticket);
  const minutes =
    step === 'accept'
      ? urgent
        ? sla.urgentAcceptMinutes
        : sla.acceptMinutes
      : urgent
        ? sla.urgentResolveMinutes
        : sla.resolveMinutes;
  return { step, startedAt: at, dueAt: addMinutes(at, minutes) };
}

/**
 * The SLA after a move (`before` → `after`). The running promise ends when its step changes, or when the
 * request changes hands (`restart`): the new department gets a fresh promise.
 */
export function nextSla(
  before: Ticket,
  after: Ticket,
  restart: boolean,
  at: string,
  settings: ServiceSettings,
): { sla?: AppliedSla; effects: Effect[] } {
  const promise = promiseIn(after, after.status);
  const step = promise === 'owner' ? null : promise;
  const running = before.sla;
  if (running && running.step === step && !restart) return { sla: running, effects: [] };
  const effects: Effect[] = [];
  if (running) {
    const outcome = restart ? 'cancelled' : at <= running.dueAt ? 'hit' : 'missed';
    effects.push({ type: 'STOP_SLA', step: running.step, outcome });
  }
  if (!step) return { sla: undefined, effects };
  const sla = startSla(step, before, at, settings);
  effects.push({ type: 'START_SLA', step, dueAt: sla.dueAt });
  return { sla, effects };
}

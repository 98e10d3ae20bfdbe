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

export interface SlaChange {
  /** the request changed hands: the new department gets a fresh promise */
  restart: boolean;
  /** a person set the running step's due time (a rework slip's deadline, a supervisor's) */
  deadline?: string;
}

/**
 * The SLA after a move (`before` → `after`). The running promise ends when its step changes, or when
 * the request changes hands (`restart`).
 */
export function nextSla(
  before: Ticket,
  after: Ticket,
  change: SlaChange,
  at: string,
  settings: ServiceSettings,
): { sla?: AppliedSla; effects: Effect[] } {
  const promise = promiseIn(after, after.status);
  const step = promise === 'owner' ? null : promise;
  const running = before.sla;
  if (running && running.step === step && !change.restart)
    return { sla: change.deadline ? { ...running, dueAt: change.deadline } : running, effects: [] };
  const effects: Effect[] = [];
  if (running) {
    const outcome = change.restart ? 'cancelled' : at <= running.dueAt ? 'hit' : 'missed';
    effects.push({ type: 'STOP_SLA', step: running.step, outcome });
  }
  if (!step) return { sla: undefined, effects };
  const started = startSla(step, before, at, settings);
  const sla = change.deadline ? { ...started, dueAt: change.deadline } : started;
  effects.push({ type: 'START_SLA', step, dueAt: sla.dueAt });
  return { sla, effects };
}

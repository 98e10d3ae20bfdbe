// The promise that runs in each status (the flows say which step: `promiseIn`), kept in the ticket:
// started, paused while the request waits on the owner, resumed with what was left, closed into the
// ticket's history (hit, missed, cancelled) when its step ends or the request changes hands.
import type { Effect } from './commands';
import { promiseIn } from './flows';
import type { AppliedSla, ClosedPromise, PausedSla, SlaStep, Ticket } from './model';
import { addSpan, countsWorkingTime, spanFor } from './promise-policy';
import type { ServiceSettings } from './settings';
import { addMinutes, minutesBetween } from './time';
import { addWorkingMinutes, workingMinutesBetween } from './working-calendar';

export function isUrgent(ticket: Pick<Ticket, 'urgency' | 'category'>): boolean {
  return ticket.urgency === 'urgent' || ticket.category === 'emergency';
}

/** The instant `minutes` of the promise's own time after `at` (working or clock minutes). */
function later(settings: ServiceSettings, working: boolean, at: string, minutes: number): string {
  return working ? addWorkingMinutes(settings.calendar, at, minutes) : addMinutes(at, Math.round(minutes));
}

function between(settings: ServiceSettings, working: boolean, from: string, to: string): number {
  return working ? workingMinutesBetween(settings.calendar, from, to) : Math.max(0, minutesBetween(from, to));
}

/** The warning and the second escalation of a promise due at `dueAt`, in its own time. */
function alarms(
  settings: ServiceSettings,
  startedAt: string,
  dueAt: string,
  working: boolean,
): Pick<AppliedSla, 'warnAt' | 'escalateAt'> {
  const { warnShare, escalateAfter } = settings.promises;
  const span = between(settings, working, startedAt, dueAt);
  const warnAt = later(settings, working, startedAt, span * warnShare);
  const escalateAt = addSpan(settings.calendar, dueAt, working ? escalateAfter.working : escalateAfter.clock);
  return { ...(warnAt < dueAt ? { warnAt } : {}), escalateAt };
}

/** A person's deadline counts on the clock, like any date a person names. */
function withDeadline(sla: AppliedSla, deadline: string, settings: ServiceSettings): AppliedSla {
  const { step, startedAt, department } = sla;
  return {
    step,
    startedAt,
    dueAt: deadline,
    ...(department ? { department } : {}),
    ...alarms(settings, startedAt, deadline, false),
  };
}

export function startSla(
  step: SlaStep,
  ticket: Pick<Ticket, 'urgency' | 'category'> & Partial<Pick<Ticket, 'department'>>,
  at: string,
  settings: ServiceSettings,
): AppliedSla {
  const span = spanFor(settings.promises, ticket, step);
  const working = countsWorkingTime(span);
  const dueAt = addSpan(settings.calendar, at, span);
  return {
    step,
    startedAt: at,
    dueAt,
    span,
    ...(ticket.department ? { department: ticket.department } : {}),
    ...(working ? { working } : {}),
    ...alarms(settings, at, dueAt, working),
  };
}

function pause(sla: AppliedSla, at: string, settings: ServiceSettings): PausedSla {
  return { ...sla, pausedAt: at, remainingMinutes: between(settings, sla.working === true, at, sla.dueAt) };
}

/** A paused promise runs again with what was left of it; the warning and escalation follow it. */
function resume(paused: PausedSla, at: string, settings: ServiceSettings): AppliedSla {
  const { pausedAt: _p, remainingMinutes, warnAt: _w, escalateAt: _e, ...sla } = paused;
  const working = sla.working === true;
  const dueAt = later(settings, working, at, remainingMinutes);
  const left = alarms(settings, sla.startedAt, dueAt, working);
  return { ...sla, dueAt, ...left, ...(left.warnAt && left.warnAt <= at ? { warned: true } : {}) };
}

function close(sla: AppliedSla, endedAt: string, handedOver: boolean): ClosedPromise {
  const missed = sla.missed === true || endedAt > sla.dueAt;
  return {
    step: sla.step,
    ...(sla.department ? { department: sla.department } : {}),
    startedAt: sla.startedAt,
    dueAt: sla.dueAt,
    endedAt,
    outcome: missed ? 'missed' : handedOver ? 'cancelled' : 'hit',
  };
}

export interface SlaChange {
  /** the request changed hands: the new department gets a fresh promise */
  restart: boolean;
  /** a person set the running step's due time (a rework slip's deadline, a supervisor's) */
  deadline?: string;
}

/** The ticket's promise fields after a move; a field set to undefined is removed. */
export type PromiseState = Pick<Ticket, 'sla' | 'pausedSla' | 'promises' | 'missedAt' | 'escalation'>;

export interface SlaResult {
  sla?: AppliedSla;
  /** spread over the moved ticket */
  changes: PromiseState;
  effects: Effect[];
}

/**
 * The promises after a move (`before` → `after`). The running promise goes on while its step does
 * (a person's deadline may move it); pauses while the request waits on the owner; ends when its step
 * changes or the request changes hands (`restart`), and a promise past due ends missed even then.
 */
export function nextSla(
  before: Ticket,
  after: Ticket,
  change: SlaChange,
  at: string,
  settings: ServiceSettings,
): SlaResult {
  const promise = promiseIn(after, after.status);
  const running = before.sla;
  const paused = before.pausedSla;
  const closed: ClosedPromise[] = [];
  const effects: Effect[] = [];
  let sla: AppliedSla | undefined;
  let pausedSla: PausedSla | undefined;

  const end = (promiseToEnd: AppliedSla, endedAt: string, handedOver: boolean) => {
    const record = close(promiseToEnd, endedAt, handedOver);
    closed.push(record);
    effects.push({ type: 'STOP_SLA', step: record.step, outcome: record.outcome });
  };
  const begin = (step: SlaStep) => {
    const started = startSla(step, after, at, settings);
    sla = change.deadline ? withDeadline(started, change.deadline, settings) : started;
    effects.push({ type: 'START_SLA', step, dueAt: sla.dueAt });
  };

  if (promise === 'owner') {
    // the clock stops while the owner decides; a handed-over request's promise ends here
    if (running && change.restart) end(running, at, true);
    else pausedSla = running ? pause(running, at, settings) : paused;
  } else if (running && running.step === promise && !change.restart) {
    if (!change.deadline) sla = running;
    else if (running.missed) {
      // a new deadline after a miss is a new promise; the missed one stays missed
      end(running, at, false);
      begin(promise);
    } else sla = withDeadline(running, change.deadline, settings);
  } else if (!running && paused && paused.step === promise && !change.restart) {
    const resumed = resume(paused, at, settings);
    sla = change.deadline ? withDeadline(resumed, change.deadline, settings) : resumed;
  } else {
    if (running) end(running, at, change.restart);
    if (paused) end(paused, paused.pausedAt, false);
    if (promise) begin(promise);
  }

  const missedNow = closed.filter((p) => p.outcome === 'missed').map((p) => p.dueAt);
  const missed = [before.missedAt, ...missedNow].filter((d): d is string => d !== undefined).sort()[0];
  // while the department owes a step, a missed promise and its escalation stay in sight
  const owes = sla !== undefined;
  return {
    sla,
    changes: {
      sla,
      pausedSla,
      promises: closed.length ? [...(before.promises ?? []), ...closed] : before.promises,
      missedAt: owes ? missed : undefined,
      escalation: owes ? after.escalation : undefined,
    },
    effects,
  };
}

/** The instant from which a request counts as overdue: its running promise's due time, or an earlier miss. */
export function overdueSince(ticket: Pick<Ticket, 'sla' | 'missedAt'>): string | undefined {
  if (!ticket.sla) return undefined;
  return ticket.missedAt && ticket.missedAt < ticket.sla.dueAt ? ticket.missedAt : ticket.sla.dueAt;
}

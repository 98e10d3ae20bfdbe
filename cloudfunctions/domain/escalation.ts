// What the timer does to a running promise: warn the handlers at the policy's share of the span,
// mark it missed at its due time and tell the department head (level 1), and if it is still open
// after the further span, tell the manager (level 2) — or leadership, for a complaint that claims
// compensation or is against the manager. Every instant it acts at was fixed when the promise
// started (sla.ts), in working hours for a step that counts working time.
import type { Effect, StaffAudience } from './commands';
import { DEPARTMENT_LABELS, ROLE_LABELS, SLA_STEP_LABELS } from './labels';
import type { AppliedSla, Escalation, Ticket, TimelineEntry } from './model';
import { toIso } from './time';

/** The flags a complaint may carry (set by the complaint flow; read defensively). */
interface ComplaintFlags {
  compensation?: boolean;
  againstManager?: boolean;
}

/** Who writes the timer's timeline entries. */
export const SYSTEM_ACTOR: TimelineEntry['actor'] = { openid: 'system', name: '系统', role: 'admin' };

/** The next instant the timer must look at this request, or undefined when it need not. */
export function alarmOf(ticket: Pick<Ticket, 'sla'>): string | undefined {
  const sla = ticket.sla;
  if (!sla) return undefined;
  if (!sla.missed) return !sla.warned && sla.warnAt && sla.warnAt < sla.dueAt ? sla.warnAt : sla.dueAt;
  return (sla.level ?? 1) < 2 ? sla.escalateAt : undefined;
}

function flagsOf(ticket: Ticket): ComplaintFlags {
  const flags = (ticket as { flags?: unknown }).flags;
  return flags && typeof flags === 'object' ? (flags as ComplaintFlags) : {};
}

/** Level 1 goes to the department head; level 2 to the manager, or leadership when the manager must not judge it. */
export function escalationTarget(ticket: Ticket, level: 1 | 2): Escalation['to'] {
  if (level === 1) return 'dept_head';
  const flags = flagsOf(ticket);
  return ticket.category === 'complaint' && (flags.compensation === true || flags.againstManager === true)
    ? 'leadership'
    : 'manager';
}

export interface Review {
  ticket: Ticket;
  effects: Effect[];
  /** what happened, for the run's counts */
  warned: boolean;
  escalated: Array<1 | 2>;
}

/**
 * The request after the timer looked at it at `now`, or null when nothing was due. Several
 * thresholds passed at once (the timer was down) are all handled now, each exactly once; a warning
 * is dropped once the promise is already missed.
 */
export function reviewPromise(ticket: Ticket, now: Date): Review | null {
  const running = ticket.sla;
  const alarm = alarmOf(ticket);
  const at = toIso(now);
  if (!running || !alarm || alarm > at) return null;

  const sla: AppliedSla = { ...running };
  const effects: Effect[] = [];
  const entries: TimelineEntry[] = [];
  const escalated: Array<1 | 2> = [];
  let warned = false;
  let escalation = ticket.escalation;
  let missedAt = ticket.missedAt;
  const department = DEPARTMENT_LABELS[ticket.department];
  const step = SLA_STEP_LABELS[sla.step];

  const escalate = (level: 1 | 2) => {
    const to = escalationTarget(ticket, level);
    const text = `${department}「${step}」已超时${level === 2 ? '仍未完成' : ''}，已升级给${ROLE_LABELS[to]}`;
    entries.push({
      id: `e${ticket.timeline.length + entries.length + 1}`,
      kind: 'escalated',
      at,
      actor: SYSTEM_ACTOR,
      internal: true,
      text,
      level,
      escalatedTo: to,
    });
    effects.push({
      type: 'NOTIFY_STAFF',
      to: to as StaffAudience,
      ...(to === 'dept_head' ? { department: ticket.department } : {}),
      event: 'escalated',
      text,
    });
    if (!escalation || escalation.level <= level) escalation = { level, to, at, reason: 'overdue', step: sla.step };
    sla.level = level;
    escalated.push(level);
  };

  if (!sla.missed && sla.dueAt <= at) {
    sla.missed = true;
    missedAt = missedAt && missedAt < sla.dueAt ? missedAt : sla.dueAt;
    escalate(1);
  } else if (!sla.missed && !sla.warned && sla.warnAt && sla.warnAt <= at) {
    sla.warned = true;
    warned = true;
    effects.push({
      type: 'NOTIFY_STAFF',
      to: 'handlers',
      department: ticket.department,
      event: 'warned',
      text: `「${step}」将于${sla.dueAt.slice(11, 16)}到期`,
    });
  }
  if (sla.missed && (sla.level ?? 1) < 2 && sla.escalateAt && sla.escalateAt <= at) escalate(2);

  return {
    ticket: {
      ...ticket,
      sla,
      ...(missedAt ? { missedAt } : {}),
      ...(escalation ? { escalation } : {}),
      timeline: [...ticket.timeline, ...entries],
      updatedAt: at,
      version: ticket.version + 1,
    },
    effects,
    warned,
    escalated,
  };
}

// Return visits (回访): after a closed complaint, after a redone repair, and for a weekly sample of
// closed repairs, the service desk calls the owner and records whether they were reached and
// satisfied. An unsatisfied visit sends the request back (the `reopen` command).
import type { VisitReason } from './commands';
import type { Actor, Category, Department, Ticket } from './model';
import { addMinutes } from './time';

export interface VisitSettings {
  /** the share of each week's closed repairs that gets a visit */
  repairSampleShare: number;
  /** a redone repair is visited within … */
  specialVisitHours: number;
  /** every other visit is due within … */
  visitDueDays: number;
  /** a visit where nobody answered this many times is closed as not reached */
  maxAttempts: number;
}

export const DEFAULT_VISIT_SETTINGS: VisitSettings = {
  repairSampleShare: 0.2,
  specialVisitHours: 24,
  visitDueDays: 3,
  maxAttempts: 3,
};

export type VisitState = 'open' | 'done';

/** Who made an attempt, when, and what came of it. */
export interface VisitAttempt {
  at: string;
  visitor: { openid: string; name: string };
  reached: boolean;
  /** only when reached */
  satisfied?: boolean;
  notes?: string;
}

export interface Visit {
  /** derived from what makes the task unique: the effect's key (`plan_…`) or `sample_<week>_<ticketId>` */
  id: string;
  ticketId: string;
  ticketNumber: string;
  communityId: string;
  department: Department;
  category: Category;
  /** whom to call and where (copied from the request: the visitor needs no second read) */
  ownerName: string;
  contactPhone: string;
  place: string;
  reason: VisitReason;
  createdAt: string;
  dueAt: string;
  state: VisitState;
  attempts: VisitAttempt[];
  /** how it ended: satisfied, unsatisfied (the request was sent back), or never reached */
  outcome?: 'satisfied' | 'unsatisfied' | 'unreached';
  doneAt?: string;
  /** the sample week (its Monday, YYYY-MM-DD, China time) */
  weekKey?: string;
  /** optimistic concurrency: bumped on every change */
  version: number;
}

/**
 * When a visit is due. The one place that decides it: a redone repair within hours, the others
 * within days (clock time until promises count working days for the `return_visit` step).
 */
export function visitDueAt(reason: VisitReason, fromIso: string, settings: VisitSettings): string {
  const minutes = reason === 'redo' ? settings.specialVisitHours * 60 : settings.visitDueDays * 24 * 60;
  return addMinutes(fromIso, minutes);
}

/** What a visit copies from its request. */
export type VisitSource = Pick<
  Ticket,
  'id' | 'number' | 'communityId' | 'department' | 'category' | 'ownerName' | 'contactPhone'
> & { location: Pick<Ticket['location'], 'text'> };

/** The visit task for a request: `id` decides its uniqueness, `fromIso` when the span starts. */
export function newVisit(
  ticket: VisitSource,
  reason: VisitReason,
  id: string,
  fromIso: string,
  settings: VisitSettings,
  weekKey?: string,
): Visit {
  return {
    id,
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    communityId: ticket.communityId,
    department: ticket.department,
    category: ticket.category,
    ownerName: ticket.ownerName,
    contactPhone: ticket.contactPhone,
    place: ticket.location.text,
    reason,
    createdAt: fromIso,
    dueAt: visitDueAt(reason, fromIso, settings),
    state: 'open',
    attempts: [],
    ...(weekKey ? { weekKey } : {}),
    version: 1,
  };
}

/** Ids are word characters and dashes (they travel in page cursors): the effect key's colons become underscores. */
export const planVisitId = (effectKey: string) => `plan_${effectKey.replace(/[^\w-]/g, '_')}`;
export const sampleVisitId = (weekKey: string, ticketId: string) => `sample_${weekKey}_${ticketId}`;

export interface VisitRecord {
  reached: boolean;
  satisfied?: boolean;
  notes?: string;
}

/**
 * The visit after one more attempt. Reached: done, satisfied or not. Not reached: it stays open
 * until `maxAttempts` attempts went unanswered, then it is done as not reached.
 */
export function recordAttempt(
  visit: Visit,
  record: VisitRecord,
  visitor: Pick<Actor, 'openid' | 'name'>,
  atIso: string,
  settings: VisitSettings,
): Visit {
  const attempt: VisitAttempt = {
    at: atIso,
    visitor: { openid: visitor.openid, name: visitor.name },
    reached: record.reached,
    ...(record.reached ? { satisfied: record.satisfied === true } : {}),
    ...(record.notes ? { notes: record.notes } : {}),
  };
  const attempts = [...visit.attempts, attempt];
  const outcome: Visit['outcome'] = record.reached
    ? record.satisfied
      ? 'satisfied'
      : 'unsatisfied'
    : attempts.length >= settings.maxAttempts
      ? 'unreached'
      : undefined;
  return {
    ...visit,
    attempts,
    ...(outcome ? { state: 'done', outcome, doneAt: atIso } : {}),
    version: visit.version + 1,
  };
}

/** A visit as the service desk reads it. */
export interface VisitTaskView extends Omit<Visit, 'version'> {
  overdue: boolean;
}

export function toVisitView(visit: Visit, nowIso: string): VisitTaskView {
  const { version, ...rest } = visit;
  void version;
  return { ...rest, overdue: visit.state === 'open' && visit.dueAt < nowIso };
}

export const VISIT_REASON_LABELS: Record<VisitReason, string> = {
  complaint: '投诉回访',
  redo: '返修回访',
  sample: '报修抽样回访',
};

export const VISIT_OUTCOME_LABELS: Record<NonNullable<Visit['outcome']>, string> = {
  satisfied: '满意',
  unsatisfied: '不满意，已退回处理',
  unreached: '多次未联系上',
};

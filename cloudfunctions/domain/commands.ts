// What people do to a request (commands) and what the system must do about it afterwards (effects).
import type { TicketCommand } from './api';
import type { Actor, Department, SlaStep, Ticket, TicketFlags, Utility } from './model';

/** The surviving request of a merge, as the action read it. */
export type MergeTarget = Pick<Ticket, 'id' | 'number' | 'communityId' | 'status'>;

export type Command =
  | { type: 'accept' }
  | { type: 'reply'; text: string }
  | { type: 'note'; text: string }
  | { type: 'transfer'; toDepartment: Department; reason: string }
  | { type: 'resolve'; text: string; photos: string[] }
  | { type: 'rate'; score: number; tags: string[]; comment?: string }
  | { type: 'reopen'; reason: string }
  // complaint
  | { type: 'apologise'; text: string }
  | { type: 'record_contact'; text: string }
  | { type: 'submit_plan'; text: string }
  | { type: 'approve_plan' }
  | { type: 'return_plan'; reason: string }
  | { type: 'flag'; flags: TicketFlags }
  | { type: 'utility_follow_up'; utility: Utility; text: string }
  | { type: 'corrective_report'; text: string }
  // consultation
  | { type: 'answer'; text: string }
  | { type: 'refer'; toDepartment: Department; expectedAt: string; reason: string }
  // suggestion (decline also ends praise that cannot be verified)
  | { type: 'adopt'; plan: string; by: string }
  | { type: 'decline'; reason: string }
  // praise: the staff member as the directory knows them
  | { type: 'credit'; staff: Actor; text?: string }
  // supervision (督办): the new assignee as the directory knows them
  | { type: 'supervise'; note: string; deadline?: string; assignee?: Actor }
  | { type: 'acknowledge' }
  | { type: 'withdraw'; reason: string }
  | { type: 'urge' }
  | { type: 'merge'; into: MergeTarget }
  | { type: 'quote'; amountFen: number; items: string }
  | { type: 'accept_quote' }
  | { type: 'decline_quote'; reason?: string }
  | { type: 'issue_slip'; defect: string; place: string; deadline: string };

export type CommandOf<K extends TicketCommand> = Extract<Command, { type: K }>;

/** Owner-facing events worth a subscription message. */
export type OwnerEvent =
  | 'accepted'
  | 'replied'
  | 'transferred'
  | 'resolved'
  | 'reopened'
  | 'closed'
  | 'plan'
  | 'answered'
  | 'referred'
  | 'adopted'
  | 'declined'
  | 'credited'
  | 'quoted'
  | 'merged'
  | 'slip_issued';

/** Staff a notice is for, on the request's community: its department's handlers or head, the
 * service desk, security (emergencies), the manager, leadership. */
export type StaffAudience = 'handlers' | 'dept_head' | 'service_desk' | 'security' | 'manager' | 'leadership';

/** Staff-facing events. Flows and timers add theirs here; `routed`: a routing rule alerts a role at filing. */
export type StaffEvent =
  | 'warned'
  | 'escalated'
  | 'urged'
  | 'emergency'
  | 'routed'
  | 'flagged'
  | 'plan_submitted'
  | 'plan_returned'
  | 'supervised'
  | 'credited'
  | 'withdrawn'
  | 'quote_accepted'
  | 'quote_declined'
  | 'rework_slip';

/** Why a return visit is due. */
export type VisitReason = 'complaint' | 'redo' | 'sample';

/**
 * Effects are data: the function records them inside the ticket, in the same write, for the
 * dispatcher to carry out (one handler per type).
 */
export type Effect =
  | { type: 'NOTIFY_OWNER'; event: OwnerEvent }
  | { type: 'NOTIFY_DEPARTMENT'; department: Department; reason: 'new' | 'transferred' | 'reopened'; urgent: boolean }
  | { type: 'START_SLA'; step: SlaStep; dueAt: string }
  | { type: 'STOP_SLA'; step: SlaStep; outcome: 'hit' | 'missed' | 'cancelled' }
  | { type: 'NOTIFY_STAFF'; to: StaffAudience; department?: Department; event: StaffEvent; text?: string }
  | { type: 'PLAN_VISIT'; reason: VisitReason }
  // a rating or praise recorded now: credited to the staff member who did the work (domain/credits.ts)
  | { type: 'CREDIT_STAFF' };

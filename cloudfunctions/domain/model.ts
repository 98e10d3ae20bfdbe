// The vocabulary of Estate Desk (see DOMAIN.md). Pure data: no Taro, WeChat or database here.
import type { LegalHold } from './retention';
import type { Span } from './promise-policy';

export const CATEGORIES = [
  'repair',
  'complaint',
  'consultation',
  'suggestion',
  'praise',
  'after_sales',
  'paid_service',
  'emergency',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CHANNELS = [
  'miniprogram',
  'hotline',
  'visit',
  'email',
  'letter',
  'wechat_group',
  'suggestion_box',
  'onsite',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const DEPARTMENTS = [
  'engineering',
  'security',
  'environment',
  'after_sales',
  'quality',
  'finance',
  'service',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const ROLES = [
  'owner',
  'receptionist',
  'staff',
  'dept_head',
  'manager',
  'leadership',
  'group_admin',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const TICKET_STATUSES = [
  'submitted',
  'accepted',
  'resolved',
  'reopened',
  'closed',
  // complaint (flows/complaint.ts)
  'apologised',
  'assigned',
  'contacted',
  'plan_review',
  'plan_approved',
  // consultation (flows/consultation.ts)
  'referred',
  // suggestion (flows/suggestion.ts)
  'adopted',
  'quoted', // a paid service's price waits on the owner
  'withdrawn', // the owner withdrew it before anyone accepted it
  'merged', // a duplicate, merged into another request (`mergedInto`)
  'reworking', // after-sales: a rework slip is out, chased to its deadline
  'redoing', // a repair the owner reported as failed, redone at once by whoever did it
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TIMELINE_KINDS = [
  'created',
  'accepted',
  'replied',
  'noted',
  'transferred',
  'resolved',
  'rated',
  'reopened',
  'closed',
  // complaint
  'apologised',
  'contacted',
  'plan_submitted',
  'plan_approved',
  'plan_returned',
  'flagged',
  'utility_followed',
  'corrective_reported',
  // consultation
  'answered',
  'referred',
  // suggestion
  'adopted',
  'declined',
  // praise
  'credited',
  // supervision (督办)
  'supervised',
  'supervision_acknowledged',
  'withdrawn',
  'urged',
  'merged',
  'quoted',
  'quote_accepted',
  'quote_declined',
  'slip_issued',
  'escalated', // internal: a missed promise reached the department head, the manager or leadership
  'archived', // internal: the ledger was closed (注销台账)
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type LocationKind = 'unit' | 'common_area';

/** How a person lives in a unit (业主 / 家属 / 租户). */
export const RELATIONS = ['owner', 'family', 'tenant'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Unit {
  id: string;
  communityId: string;
  building: string; // 楼栋, e.g. "1栋"
  entrance: string; // 单元, e.g. "2单元"
  room: string; // 房号, e.g. "301"
}

export interface Community {
  id: string;
  name: string;
}

export interface Actor {
  openid: string;
  name: string;
  roles: Role[];
  department?: Department;
  /** an owner's community (from their units) */
  communityId?: string;
  /** the communities a staff member works for (company-wide roles need none) */
  communityIds?: string[];
}

/** A unit as its owner's record carries it: enough to file a request and show where, with no unit read. */
export interface UnitSummary extends Unit {
  label: string; // "1栋1单元101"
  /** how this person lives there; absent on records bound before relations existed (an owner) */
  relation?: Relation;
  /** a tenant's last day (YYYY-MM-DD, China time): from the next day the unit no longer counts */
  tenancyEndsOn?: string;
}

/** A person the system knows: a bound owner, a staff member, or an administrator. */
export interface User extends Actor {
  /** the units an owner is bound to (empty for staff); the one record of what they own */
  units: UnitSummary[];
  /** the name of `communityId`, so the caller's record alone answers who they are */
  communityName?: string;
  /** the names of `communityIds`, in the same order, for the same reason */
  communityNames?: string[];
  /** false once an admin deactivated the person: every call is refused until reactivated */
  active?: boolean;
  /** mainland mobile number: verified by WeChat (`phoneVerifiedAt`) or confirmed by the service desk */
  phone?: string;
  /** when WeChat verified `phone`; while set, the phone is never verified (and paid for) again */
  phoneVerifiedAt?: string;
}

/**
 * The steps a promise (SLA) can be made for. The general flow promises accept and resolve; each
 * category's flow (domain/flows/) says which step runs in each of its statuses.
 */
export const SLA_STEPS = [
  'first_reply', // the service desk answers a new request (consultation answered at once, complaint apology)
  'accept',
  'transfer', // the service desk hands a complaint to the responsible department
  'contact', // the department contacts the owner
  'plan', // the department submits a plan
  'plan_approval', // the department head approves or returns it
  'resolve',
  'answer', // a department answers a consultation passed to it
  'evaluate', // a department evaluates a suggestion
  'quote', // a department quotes a paid service
  'rework', // the after-sales team's rework slip, chased to its deadline
  'verify', // the quality department verifies praise
  'return_visit',
] as const;
export type SlaStep = (typeof SLA_STEPS)[number];

/** Who a request was escalated to, and why: a missed promise, or the owner urging (催办). */
export interface Escalation {
  level: 1 | 2;
  to: 'dept_head' | 'manager' | 'leadership';
  at: string;
  reason: 'overdue' | 'urged';
  step?: SlaStep;
}

/** What marks a complaint (set at filing or by the service desk); the promises read these names. */
export const UTILITIES = ['water', 'power', 'gas', 'road', 'telecom'] as const;
export type Utility = (typeof UTILITIES)[number];

export interface TicketFlags {
  /** the owner claims compensation: leadership handles it */
  compensation?: boolean;
  /** the complaint is against the community's manager: leadership handles it */
  againstManager?: boolean;
  /** the cause lies with a utility; its follow-up with the utility is recorded */
  utility?: Utility;
  /** a major complaint: a corrective-action report is required before it is resolved */
  major?: boolean;
}

/** A complaint's plan: submitted by the department, approved or returned by its head. */
export interface ComplaintPlan {
  text: string;
  submittedAt: string;
  submittedBy: string; // name
  state: 'pending' | 'approved' | 'returned';
  decidedAt?: string;
  decidedBy?: string; // name
  /** why the head returned it */
  reason?: string;
}

/** A supervisor's (督办) note the handler must acknowledge. */
export interface Supervision {
  note: string;
  by: string; // name
  byRole: Role;
  at: string;
  deadline?: string;
  /** the person the supervisor reassigned it to */
  assigneeName?: string;
  acknowledgedAt?: string;
  acknowledgedBy?: string; // name
}

export interface AppliedSla {
  step: SlaStep;
  startedAt: string; // ISO 8601 with offset
  dueAt: string;
  /** the department that owes it */
  department?: Department;
  /** the span the policy promised (absent for a person's deadline) */
  span?: Span;
  /** it counts working time: its warning and escalations fall in working hours */
  working?: boolean;
  /** when the handler is warned (the policy's share of the span) */
  warnAt?: string;
  warned?: boolean;
  /** the timer found it past due and escalated it to level 1 */
  missed?: boolean;
  /** when a missed promise still open goes to level 2 */
  escalateAt?: string;
  /** the escalation this promise reached */
  level?: 1 | 2;
}

/** A promise paused while the request waits on the owner: what was left of it, in its own units. */
export interface PausedSla extends AppliedSla {
  pausedAt: string;
  /** working minutes for a working-time step, clock minutes otherwise */
  remainingMinutes: number;
}

/** A promise that ended: kept so a missed one stays missed through a transfer, and for the figures. */
export interface ClosedPromise {
  step: SlaStep;
  department?: Department;
  startedAt: string;
  dueAt: string;
  endedAt: string;
  outcome: 'hit' | 'missed' | 'cancelled';
}

export interface TimelineEntry {
  id: string; // unique within the ticket
  kind: TimelineKind;
  at: string; // ISO 8601 with offset
  actor: { openid: string; name: string; role: Role; department?: Department };
  /** internal entries (notes) are never shown to the owner */
  internal: boolean;
  text?: string;
  photos?: string[];
  fromDepartment?: Department;
  toDepartment?: Department;
  rating?: number;
  /** on a `created` entry the service desk recorded: the channel the request came by */
  channel?: Channel;
  /** a time this entry promises the owner (an expected answer, an adopted suggestion's date) */
  dueAt?: string;
  /** the staff member an entry names (praise credited to) */
  staffName?: string;
  /** a quote's price (quoted), in fen */
  amountFen?: number;
  /** a rework slip's deadline (slip_issued) */
  deadline?: string;
  /** the request a duplicate was merged into (merged) */
  mergedInto?: MergedInto;
  /** an `escalated` entry: its level and who was told */
  level?: 1 | 2;
  escalatedTo?: Escalation['to'];
}

/** The surviving request a duplicate follows. */
export interface MergedInto {
  id: string;
  number: string;
}

/** A paid service's price, as the department quoted it and the owner answered it. */
export interface Quote {
  amountFen: number;
  /** what the price includes */
  items: string;
  at: string;
  state: 'offered' | 'accepted' | 'declined';
}

/** 物业返修联系单: an after-sales rework slip. */
export interface ReworkSlip {
  defect: string;
  place: string;
  /** the team's deadline (ISO instant); the running `rework` promise is due then */
  deadline: string;
  issuedAt: string;
}

export interface Rating {
  score: number; // 1–5
  tags: string[];
  comment?: string;
  at: string;
}

export interface Ticket {
  id: string;
  /** human-readable number shown to people, e.g. "ED20261122-0007" */
  number: string;
  clientRequestId: string;
  ownerOpenid: string;
  /** the owner's name when the request was filed, shown to staff */
  ownerName: string;
  communityId: string;
  unitId?: string;
  location: { kind: LocationKind; text: string };
  category: Category;
  channel: Channel;
  urgency: Urgency;
  description: string;
  photos: string[];
  contactPhone: string;
  preferredVisitTime?: string;
  /** the service desk member who recorded it for the owner (phone, visit, letter …) */
  recordedBy?: { openid: string; name: string };
  status: TicketStatus;
  department: Department;
  assigneeOpenid?: string;
  /** the running promise, absent when nobody in the department owes a step (resolved, closed) */
  sla?: AppliedSla;
  /** a promise paused while the request waits on the owner */
  pausedSla?: PausedSla;
  /** the promises that ended, oldest first */
  promises?: ClosedPromise[];
  /** the due time of the first promise missed since the department last took it on (cleared when its part is done) */
  missedAt?: string;
  /** the highest escalation while the department owes a step (cleared when its part is done) */
  escalation?: Escalation;
  /** how many times an unsatisfied owner sent it back */
  reprocessCount: number;
  rating?: Rating;
  resolution?: { text: string; photos: string[]; at: string };
  /** paid service: the price the department quoted */
  quote?: Quote;
  /** after-sales: the rework slip */
  slip?: ReworkSlip;
  /** a duplicate: the request it follows */
  mergedInto?: MergedInto;
  timeline: TimelineEntry[];
  /** complaint marks (compensation, against the manager, utility, major) */
  flags?: TicketFlags;
  /** a complaint's latest plan */
  plan?: ComplaintPlan;
  /** a major complaint's corrective-action report (纠正措施报告) */
  correctiveReport?: { text: string; at: string; by: string };
  /** the latest supervision (督办) */
  supervision?: Supervision;
  /** praise: the staff member it was credited to */
  creditedTo?: { openid: string; name: string };
  /** a legal hold (admin): kept past its retention until released; never shown on the request */
  legalHold?: LegalHold;
  /** the ledger was closed (注销台账): out of the working lists, still in the archive */
  archivedAt?: string;
  archivedBy?: { openid: string; name: string };
  createdAt: string;
  updatedAt: string;
  /** optimistic concurrency: bumped on every change */
  version: number;
}

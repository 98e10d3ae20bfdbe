// The contract between the app and the cloud functions: event in, answer out.
// An event is `{ action, ...payload }`; an answer is `{ ok: true, data }` or `{ ok: false, error }`.
import type {
  Category,
  Channel,
  ComplaintPlan,
  Department,
  LocationKind,
  MergedInto,
  Quote,
  ReworkSlip,
  Role,
  Supervision,
  TicketFlags,
  TicketStatus,
  TimelineEntry,
  Urgency,
} from './model';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'ILLEGAL_TRANSITION',
  'CONFLICT',
  'UNKNOWN_ACTION',
  'INTERNAL',
  // a second answer to the same survey by the same owner
  'ALREADY_ANSWERED',
  'CONTENT_RISKY',
  // closing the ledger (domain/ledger.ts): what is still missing
  'LEDGER_NOT_FINISHED',
  'LEDGER_VISIT_OPEN',
  'LEDGER_EFFECTS_PENDING',
  'LEDGER_SUPERVISION_OPEN',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string; // Simplified Chinese, fit to show to a person
  /** for INVALID_INPUT: the field that failed, e.g. "description" or "location.text" */
  field?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface UnitView {
  id: string;
  label: string; // e.g. "1栋2单元301"
  communityId: string;
}

/** user.me */
export interface MeView {
  openid: string;
  name: string;
  roles: Role[];
  department?: Department;
  community?: { id: string; name: string };
  /** the communities a staff member works for */
  communities?: Array<{ id: string; name: string }>;
  units: UnitView[];
  /** true when the caller works requests (shows the 工作台 tab) */
  isStaff: boolean;
  /** false for a new WeChat user not yet bound to any unit or role */
  bound: boolean;
  /** the caller's own phone as kept on their record (verified or confirmed), to fill in forms */
  phone?: string;
}

export interface NextStepView {
  /** what happens next, in Chinese, e.g. "客服中心受理，承诺15分钟内响应" */
  label: string;
  /** who must act: the department, or the owner (to rate) */
  by: 'department' | 'owner' | 'none';
  dueAt?: string;
  /** the due time in words, as of the answer: 今天17:30前, 明天12:00前, 3个工作日内（11月27日18:00前） */
  dueText?: string;
  /** a promise was missed (now, or earlier since the department took it on) */
  overdue: boolean;
  /** staff only: the escalation level the request reached (1 department head, 2 manager or leadership) */
  escalated?: 1 | 2;
}

export interface TicketSummaryView {
  id: string;
  number: string;
  category: Category;
  status: TicketStatus;
  department: Department;
  urgency: Urgency;
  summary: string; // the description, cut to 60 characters
  locationText: string;
  createdAt: string;
  updatedAt: string;
  nextStep: NextStepView;
  reprocessCount: number;
}

/** A timeline entry as shown: the actor flattened to what a reader may see (never their openid). */
export interface TimelineEntryView extends Omit<TimelineEntry, 'actor'> {
  actorName: string;
  actorRole: Role;
  actorDepartment?: Department;
  /** which handling round the entry belongs to: 1, then one more after each reopening */
  round: number;
  /** the viewer did this (an owner reads their own actions in the first person) */
  mine?: true;
}

/** A rating given in an earlier round (上次评价): never shown as the current one. */
export interface PastRatingView {
  round: number;
  score: number;
  comment?: string;
  at: string;
}

/** A complaint's plan as the viewer may read it: the owner reads only an approved plan. */
export interface PlanView {
  text: string;
  state: ComplaintPlan['state'];
  submittedAt: string;
  decidedAt?: string;
  decidedBy?: string;
  /** why it was returned (staff only) */
  reason?: string;
  /** the promised time of the step that carries the approved plan out */
  promisedBy?: string;
}

export type TicketCommand =
  | 'accept'
  | 'reply'
  | 'note'
  | 'transfer'
  | 'resolve'
  | 'rate'
  | 'reopen'
  | 'apologise'
  | 'record_contact'
  | 'submit_plan'
  | 'approve_plan'
  | 'return_plan'
  | 'flag'
  | 'utility_follow_up'
  | 'corrective_report'
  | 'answer'
  | 'refer'
  | 'adopt'
  | 'decline'
  | 'credit'
  | 'supervise'
  | 'acknowledge'
  | 'withdraw'
  | 'urge'
  | 'merge'
  | 'quote'
  | 'accept_quote'
  | 'decline_quote'
  | 'issue_slip';

export interface TicketView extends TicketSummaryView {
  description: string;
  photos: string[];
  channel: Channel;
  location: { kind: LocationKind; text: string };
  /** masked (138****5678) unless the viewer is the owner or in the handling team */
  contactPhone: string;
  preferredVisitTime?: string;
  ownerName?: string; // shown to staff only
  resolution?: { text: string; photos: string[]; at: string };
  /** this round's rating; ratings of earlier rounds are in `pastRatings` */
  rating?: { score: number; tags: string[]; comment?: string; at: string };
  pastRatings: PastRatingView[];
  /** who reads: the owner's wording or staff's (待评价 / 待业主评价) */
  reader: 'owner' | 'staff';
  /** complaint marks (staff only) */
  flags?: TicketFlags;
  plan?: PlanView;
  /** a major complaint's corrective-action report (staff only) */
  correctiveReport?: { text: string; at: string; by: string };
  /** the latest supervision (督办), staff only; unacknowledged until `acknowledgedAt` */
  supervision?: Supervision;
  /** praise: the staff member it was credited to */
  creditedTo?: { name: string };
  timeline: TimelineEntryView[];
  /** what the viewer may do now; the server checks again on every command */
  can: TicketCommand[];
  /** paid service: the price quoted and the owner's answer */
  quote?: Quote;
  /** after-sales: the rework slip */
  slip?: ReworkSlip;
  /** a merged duplicate: the request it follows (staff open it by its id) */
  mergedInto?: MergedInto;
  /** for the owner of a merged duplicate: the progress of the request it follows */
  following?: FollowedView;
}

/**
 * What the owner of a merged duplicate sees of the request it follows: its department's progress,
 * never what its own owner wrote or who they are (no description, place, phone, name or rating).
 */
export interface FollowedView {
  id: string;
  number: string;
  category: Category;
  status: TicketStatus;
  department: Department;
  nextStep: NextStepView;
  /** staff's entries an owner may read; none by the other owner */
  timeline: TimelineEntryView[];
  resolution?: { text: string; photos: string[]; at: string };
}

export interface Page<T> {
  items: T[];
  /** pass back as `cursor` to read the next page; absent on the last page */
  nextCursor?: string;
}

/** ticket.staffChoices: a staff member one may credit praise to, or reassign a request to. */
export interface StaffChoiceView {
  openid: string;
  name: string;
  department?: Department;
}

/** ticket.listCredits: praise credited to a staff member (their record of it). */
export interface CreditView {
  ticketId: string;
  number: string;
  /** the owner's words of praise, cut as a summary is */
  summary: string;
  /** when the request was last changed: when it was credited, as praise closes on being credited */
  at: string;
}

/** ticket.listInbox: one page of a 工作台 view. */
export type InboxPage = Page<TicketSummaryView>;

/** ticket.inboxCounts: how many wait in each view, for the 工作台's badges. */
export type { InboxCounts } from './inbox';

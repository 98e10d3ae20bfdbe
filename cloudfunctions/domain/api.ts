// The contract between the app and the cloud functions: event in, answer out.
// An event is `{ action, ...payload }`; an answer is `{ ok: true, data }` or `{ ok: false, error }`.
import type { Category, Channel, Department, LocationKind, Role, TicketStatus, TimelineEntry, Urgency } from './model';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'ILLEGAL_TRANSITION',
  'CONFLICT',
  'UNKNOWN_ACTION',
  'INTERNAL',
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
}

export type TicketCommand = 'accept' | 'reply' | 'note' | 'transfer' | 'resolve' | 'rate' | 'reopen';

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
  rating?: { score: number; tags: string[]; comment?: string; at: string };
  timeline: TimelineEntryView[];
  /** what the viewer may do now; the server checks again on every command */
  can: TicketCommand[];
}

export interface Page<T> {
  items: T[];
  /** pass back as `cursor` to read the next page; absent on the last page */
  nextCursor?: string;
}

/** ticket.listInbox: one page of a 工作台 view. */
export type InboxPage = Page<TicketSummaryView>;

/** ticket.inboxCounts: how many wait in each view, for the 工作台's badges. */
export type { InboxCounts } from './inbox';

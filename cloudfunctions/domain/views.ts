// What a viewer sees of a request: owners never see internal entries; phone numbers are masked
// outside the handling team; `can` lists the commands this viewer may give now.
import type { FollowedView, PastRatingView, PlanView, TicketSummaryView, TicketView, TimelineEntryView } from './api';
import { allowedCommands } from './lifecycle';
import type { Actor, Ticket, TimelineEntry } from './model';
import { nextStep } from './next-step';
import type { NextStepReader } from './next-step';
import { inHandlingTeam, isOwnerOf, isStaffReader } from './permissions';

export const SUMMARY_LENGTH = 60;

/** The fields a list needs: lists read tickets without timeline and photos. */
export type SummarySource = Pick<
  Ticket,
  | 'id'
  | 'number'
  | 'category'
  | 'status'
  | 'department'
  | 'urgency'
  | 'description'
  | 'location'
  | 'createdAt'
  | 'updatedAt'
  | 'sla'
  | 'reprocessCount'
> &
  Partial<Pick<Ticket, 'mergedInto' | 'missedAt' | 'escalation'>>;

/** 13812345678 → 138****5678; other numbers keep their first 3 and last 2 digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const keepEnd = /^1\d{10}$/.test(digits) ? 4 : 2;
  let seen = 0;
  return phone.replace(/\d/g, (d) => {
    seen += 1;
    return seen <= 3 || seen > digits.length - keepEnd ? d : '*';
  });
}

/** `reader`: whose wording the next step speaks (the owner's own list, or a 工作台). */
export function toSummaryView(ticket: SummarySource, now: Date, reader: NextStepReader = 'staff'): TicketSummaryView {
  const chars = Array.from(ticket.description);
  return {
    id: ticket.id,
    number: ticket.number,
    category: ticket.category,
    status: ticket.status,
    department: ticket.department,
    urgency: ticket.urgency,
    summary: chars.length > SUMMARY_LENGTH ? `${chars.slice(0, SUMMARY_LENGTH).join('')}…` : ticket.description,
    locationText: ticket.location.text,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    nextStep: nextStep(ticket, now, reader),
    reprocessCount: ticket.reprocessCount,
  };
}

/** The round of each entry: 1, and one more from each reopening on. */
function roundsOf(timeline: readonly TimelineEntry[]): number[] {
  let round = 1;
  return timeline.map((entry) => (entry.kind === 'reopened' ? (round += 1) : round));
}

function toEntryView(entry: TimelineEntry, round: number, staff: boolean, viewer: Actor): TimelineEntryView {
  const view: TimelineEntryView = {
    id: entry.id,
    kind: entry.kind,
    at: entry.at,
    actorName: entry.actor.name,
    actorRole: entry.actor.role,
    internal: entry.internal,
    round,
  };
  if (entry.actor.openid === viewer.openid) view.mine = true;
  if (entry.actor.department) view.actorDepartment = entry.actor.department;
  // a transfer's reason is a conversation between departments; the owner sees where it went
  if (entry.text !== undefined && (staff || entry.kind !== 'transferred')) view.text = entry.text;
  if (entry.photos?.length) view.photos = entry.photos;
  if (entry.fromDepartment) view.fromDepartment = entry.fromDepartment;
  if (entry.toDepartment) view.toDepartment = entry.toDepartment;
  if (entry.rating !== undefined) view.rating = entry.rating;
  if (entry.channel) view.channel = entry.channel;
  if (entry.dueAt) view.dueAt = entry.dueAt;
  if (entry.staffName) view.staffName = entry.staffName;
  if (entry.amountFen !== undefined) view.amountFen = entry.amountFen;
  if (entry.deadline) view.deadline = entry.deadline;
  if (entry.mergedInto) view.mergedInto = entry.mergedInto;
  return view;
}

function planView(ticket: Ticket, staff: boolean): PlanView | undefined {
  const plan = ticket.plan;
  if (!plan || (!staff && plan.state !== 'approved')) return undefined;
  const view: PlanView = { text: plan.text, state: plan.state, submittedAt: plan.submittedAt };
  if (plan.decidedAt) view.decidedAt = plan.decidedAt;
  if (plan.decidedBy) view.decidedBy = plan.decidedBy;
  if (staff && plan.reason) view.reason = plan.reason;
  if (plan.state === 'approved' && ticket.status === 'plan_approved' && ticket.sla) view.promisedBy = ticket.sla.dueAt;
  return view;
}

/**
 * The surviving request as the owner of a duplicate merged into it sees it. Built field by field:
 * nothing of the survivor's owner (description, place, phone, name, photos, rating, their own
 * entries) and no internal entry ever reaches another owner.
 */
export function toFollowedView(survivor: Ticket, now: Date): FollowedView {
  const view: FollowedView = {
    id: survivor.id,
    number: survivor.number,
    category: survivor.category,
    status: survivor.status,
    department: survivor.department,
    nextStep: nextStep(survivor, now, 'owner'),
    timeline: survivor.timeline
      .filter((e) => !e.internal && e.actor.role !== 'owner' && e.actor.openid !== survivor.ownerOpenid)
      .map((e) => toEntryView(e, 1, false, FOLLOWER)),
  };
  if (survivor.resolution) view.resolution = survivor.resolution;
  return view;
}

/** Nobody's own entry: a follower reads the survivor's entries as someone else's. */
const FOLLOWER: Actor = { openid: '', name: '', roles: [] };

/** `survivor`: the request a merged duplicate follows, shown to the duplicate's owner. */
export function toTicketView(ticket: Ticket, viewer: Actor, now: Date, survivor?: Ticket | null): TicketView {
  const staff = isStaffReader(ticket, viewer);
  const rounds = roundsOf(ticket.timeline);
  const currentRound = rounds.at(-1) ?? 1;
  const entries = ticket.timeline
    .map((entry, i) => ({ entry, round: rounds[i] ?? 1 }))
    .filter(({ entry }) => staff || !entry.internal);
  const pastRatings: PastRatingView[] = entries
    .filter(({ entry, round }) => entry.kind === 'rated' && entry.rating !== undefined && round < currentRound)
    .map(({ entry, round }) => ({
      round,
      score: entry.rating ?? 0,
      at: entry.at,
      ...(entry.text ? { comment: entry.text } : {}),
    }));
  const ratedNow = entries.some(({ entry, round }) => entry.kind === 'rated' && round === currentRound);
  const view: TicketView = {
    ...toSummaryView(ticket, now, staff ? 'staff' : 'owner'),
    description: ticket.description,
    photos: ticket.photos,
    channel: ticket.channel,
    location: ticket.location,
    contactPhone: inHandlingTeam(ticket, viewer) ? ticket.contactPhone : maskPhone(ticket.contactPhone),
    timeline: entries.map(({ entry, round }) => toEntryView(entry, round, staff, viewer)),
    can: allowedCommands(ticket, viewer, now),
    pastRatings,
    reader: staff ? 'staff' : 'owner',
  };
  if (ticket.preferredVisitTime) view.preferredVisitTime = ticket.preferredVisitTime;
  if (staff) view.ownerName = ticket.ownerName;
  if (ticket.resolution) view.resolution = ticket.resolution;
  if (ticket.rating && ratedNow) view.rating = ticket.rating;
  const plan = planView(ticket, staff);
  if (plan) view.plan = plan;
  if (ticket.creditedTo) view.creditedTo = { name: ticket.creditedTo.name };
  if (staff) {
    if (ticket.flags && Object.keys(ticket.flags).length > 0) view.flags = ticket.flags;
    if (ticket.correctiveReport) view.correctiveReport = ticket.correctiveReport;
    if (ticket.supervision) view.supervision = ticket.supervision;
  }
  if (ticket.quote) view.quote = ticket.quote;
  if (ticket.slip) view.slip = ticket.slip;
  if (ticket.mergedInto) view.mergedInto = ticket.mergedInto;
  if (survivor && ticket.mergedInto?.id === survivor.id && isOwnerOf(ticket, viewer))
    view.following = toFollowedView(survivor, now);
  return view;
}

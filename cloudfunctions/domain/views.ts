// What a viewer sees of a request: owners never see internal entries; phone numbers are masked
// outside the handling team; `can` lists the commands this viewer may give now.
import type { TicketSummaryView, TicketView, TimelineEntryView } from './api';
import { allowedCommands } from './lifecycle';
import type { Actor, Ticket, TimelineEntry } from './model';
import { nextStep } from './next-step';
import type { NextStepReader } from './next-step';
import { inHandlingTeam, isStaffReader } from './permissions';

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
  Partial<Pick<Ticket, 'missedAt' | 'escalation'>>;

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

function toEntryView(entry: TimelineEntry, staff: boolean): TimelineEntryView {
  const view: TimelineEntryView = {
    id: entry.id,
    kind: entry.kind,
    at: entry.at,
    actorName: entry.actor.name,
    actorRole: entry.actor.role,
    internal: entry.internal,
  };
  if (entry.actor.department) view.actorDepartment = entry.actor.department;
  // a transfer's reason is a conversation between departments; the owner sees where it went
  if (entry.text !== undefined && (staff || entry.kind !== 'transferred')) view.text = entry.text;
  if (entry.photos?.length) view.photos = entry.photos;
  if (entry.fromDepartment) view.fromDepartment = entry.fromDepartment;
  if (entry.toDepartment) view.toDepartment = entry.toDepartment;
  if (entry.rating !== undefined) view.rating = entry.rating;
  return view;
}

export function toTicketView(ticket: Ticket, viewer: Actor, now: Date): TicketView {
  const staff = isStaffReader(ticket, viewer);
  const view: TicketView = {
    ...toSummaryView(ticket, now, staff ? 'staff' : 'owner'),
    description: ticket.description,
    photos: ticket.photos,
    channel: ticket.channel,
    location: ticket.location,
    contactPhone: inHandlingTeam(ticket, viewer) ? ticket.contactPhone : maskPhone(ticket.contactPhone),
    timeline: ticket.timeline.filter((e) => staff || !e.internal).map((e) => toEntryView(e, staff)),
    can: allowedCommands(ticket, viewer),
  };
  if (ticket.preferredVisitTime) view.preferredVisitTime = ticket.preferredVisitTime;
  if (staff) view.ownerName = ticket.ownerName;
  if (ticket.resolution) view.resolution = ticket.resolution;
  if (ticket.rating) view.rating = ticket.rating;
  return view;
}

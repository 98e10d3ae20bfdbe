// A new request: routed, promised, and placed on its timeline. Not a transition (nothing exists
// before it), but it obeys the same rules: who may file, where, and what happens next.
import { activeUnits, chinaDay } from './binding';
import type { Effect } from './commands';
import { forbidden, invalidInput } from './errors';
import type { Channel, Ticket, User } from './model';
import { mayFile } from './permissions';
import { routeTicket } from './routing';
import type { createTicketInput } from './schemas';
import { DEFAULT_SETTINGS } from './settings';
import type { ServiceSettings } from './settings';
import { promiseIn } from './flows';
import { isUrgent, startSla } from './sla';
import { toIso } from './time';
import type { z } from 'zod';

export type OpenTicketInput = z.output<typeof createTicketInput>;

export interface OpenTicketContext {
  id: string;
  number: string;
  /** the owner, with the units they are bound to (a unit location must be one of them) */
  owner: User;
  channel?: Channel;
}

export const NOT_BOUND_MESSAGE = '您还未绑定房屋，请先到物业客服中心办理绑定';

export function openTicket(
  input: OpenTicketInput,
  context: OpenTicketContext,
  now: Date,
  settings: ServiceSettings = DEFAULT_SETTINGS,
): { ticket: Ticket; effects: Effect[] } {
  const { owner } = context;
  const homes = activeUnits(owner.units, chinaDay(now));
  // a request belongs to its unit's community (an owner may have homes in several); one about a
  // common area to the owner's community, else that of their first home (a staff member who owns
  // a home carries no communityId)
  let communityId = owner.communityId ?? homes[0]?.communityId;
  if (!mayFile(owner) || !communityId) throw forbidden(NOT_BOUND_MESSAGE);

  let unitId: string | undefined;
  let locationText: string;
  if (input.location.kind === 'unit') {
    const wanted = input.location.unitId;
    const unit = homes.find((u) => u.id === wanted);
    if (!unit) throw invalidInput('请选择您名下的房屋', 'location.unitId');
    unitId = unit.id;
    locationText = unit.label;
    communityId = unit.communityId;
  } else {
    locationText = input.location.text;
  }

  const at = toIso(now);
  const channel = context.channel ?? 'miniprogram';
  const department = routeTicket({
    category: input.category,
    urgency: input.urgency,
    channel,
    communityId,
    description: input.description,
  });
  const base = { category: input.category, urgency: input.urgency };
  const step = promiseIn(base, 'submitted');
  const sla = step && step !== 'owner' ? startSla(step, { ...base, department }, at, settings) : undefined;

  const ticket: Ticket = {
    id: context.id,
    number: context.number,
    clientRequestId: input.clientRequestId,
    ownerOpenid: owner.openid,
    ownerName: owner.name,
    communityId,
    ...(unitId ? { unitId } : {}),
    location: { kind: input.location.kind, text: locationText },
    category: input.category,
    channel,
    urgency: input.urgency,
    description: input.description,
    photos: input.photos,
    contactPhone: input.contactPhone,
    ...(input.preferredVisitTime ? { preferredVisitTime: input.preferredVisitTime } : {}),
    status: 'submitted',
    department,
    reprocessCount: 0,
    ...(sla ? { sla } : {}),
    timeline: [
      {
        id: 'e1',
        kind: 'created',
        at,
        actor: { openid: owner.openid, name: owner.name, role: 'owner' },
        internal: false,
        text: input.description,
        ...(input.photos.length ? { photos: input.photos } : {}),
      },
    ],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const effects: Effect[] = [
    { type: 'NOTIFY_DEPARTMENT', department, reason: 'new', urgent: isUrgent(base) },
    ...(sla ? [{ type: 'START_SLA' as const, step: sla.step, dueAt: sla.dueAt }] : []),
  ];
  return { ticket, effects };
}

/** "ED20261122-0007": the day in China and that day's sequence. */
export function ticketNumber(dayKey: string, sequence: number): string {
  return `ED${dayKey}-${String(sequence).padStart(4, '0')}`;
}

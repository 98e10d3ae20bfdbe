// A new request: routed, promised, and placed on its timeline. Not a transition (nothing exists
// before it), but it obeys the same rules: who may file, where, and what happens next.
import { activeUnits, chinaDay } from './binding';
import type { Effect } from './commands';
import { forbidden, invalidInput } from './errors';
import { promiseIn } from './flows';
import { flagsText } from './labels';
import type { Channel, Ticket, TicketFlags, TimelineEntry, User } from './model';
import { forLeadership, mayFile } from './permissions';
import { routeTicket } from './routing';
import type { RoutingRule } from './routing';
import type { createTicketInput } from './schemas';
import { DEFAULT_SETTINGS } from './settings';
import type { ServiceSettings } from './settings';
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
  /** the routing rules in force (the seeded list when absent) */
  rules?: readonly RoutingRule[];
  /** the service desk member recording it on the owner's (or a caller's) behalf */
  recordedBy?: TimelineEntry['actor'];
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
  // the service desk records for people the action has checked: a caller may have no account
  if ((!context.recordedBy && !mayFile(owner)) || !communityId) throw forbidden(NOT_BOUND_MESSAGE);

  let unitId: string | undefined;
  let building: string | undefined;
  let locationText: string;
  if (input.location.kind === 'unit') {
    const wanted = input.location.unitId;
    const unit = homes.find((u) => u.id === wanted);
    if (!unit) throw invalidInput('请选择您名下的房屋', 'location.unitId');
    unitId = unit.id;
    building = unit.building;
    locationText = unit.label;
    communityId = unit.communityId;
  } else {
    locationText = input.location.text;
  }

  const at = toIso(now);
  const channel = context.channel ?? 'miniprogram';
  const flags = filedFlags(input);
  const route = routeTicket(
    {
      category: input.category,
      urgency: input.urgency,
      channel,
      communityId,
      description: input.description,
      ...(building ? { building } : {}),
      ...(flags ? { flags } : {}),
    },
    context.rules,
  );
  const { department } = route;
  const urgency = route.urgency ?? input.urgency;
  const base = { category: input.category, urgency };
  const recorder = context.recordedBy;
  const created: TimelineEntry = {
    id: 'e1',
    kind: 'created',
    at,
    actor: recorder ?? { openid: owner.openid, name: owner.name, role: 'owner' },
    internal: false,
    text: input.description,
    ...(input.photos.length ? { photos: input.photos } : {}),
    // "客服中心代业主登记（电话）": the channel it came by, on the entry of whoever recorded it
    ...(recorder ? { channel } : {}),
  };
  // the first step of the category's flow (every flow's submitted row names a step)
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
    urgency,
    description: input.description,
    photos: input.photos,
    contactPhone: input.contactPhone,
    ...(input.preferredVisitTime ? { preferredVisitTime: input.preferredVisitTime } : {}),
    status: 'submitted',
    department,
    reprocessCount: 0,
    ...(sla ? { sla } : {}),
    ...(recorder ? { recordedBy: { openid: recorder.openid, name: recorder.name } } : {}),
    ...(flags ? { flags } : {}),
    timeline: [created],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const effects: Effect[] = [
    { type: 'NOTIFY_DEPARTMENT', department, reason: 'new', urgent: isUrgent(base) },
    ...(sla ? [{ type: 'START_SLA' as const, step: sla.step, dueAt: sla.dueAt }] : []),
    // an emergency alerts security and the manager at once, whoever it is routed to
    ...(input.category === 'emergency'
      ? (['security', 'manager'] as const).map((to): Effect => ({
          type: 'NOTIFY_STAFF',
          to,
          event: 'emergency',
          text: input.description,
        }))
      : []),
  ];
  // a rule may alert a role at once (a compensation claim to leadership, a gas smell to security)
  if (route.escalateTo)
    effects.push({
      type: 'NOTIFY_STAFF',
      to: route.escalateTo,
      department,
      event: 'routed',
      text: Array.from(input.description).slice(0, 40).join(''),
    });
  if (flags && forLeadership({ flags })) {
    effects.push({ type: 'NOTIFY_STAFF', to: 'leadership', event: 'flagged', text: flagsText(flags) });
  }
  return { ticket, effects };
}

/** The marks an owner set when filing (only a complaint carries them); none when nothing is marked. */
function filedFlags(input: OpenTicketInput): TicketFlags | undefined {
  const wanted = input.flags ?? {};
  const flags: TicketFlags = {
    ...(wanted.compensation ? { compensation: true } : {}),
    ...(wanted.againstManager ? { againstManager: true } : {}),
  };
  if (Object.keys(flags).length === 0) return undefined;
  if (input.category !== 'complaint') throw invalidInput('只有投诉可以标记赔偿或投诉项目经理', 'flags');
  return flags;
}

/** "ED20261122-0007": the day in China and that day's sequence. */
export function ticketNumber(dayKey: string, sequence: number): string {
  return `ED${dayKey}-${String(sequence).padStart(4, '0')}`;
}

// Moving a request through its category's flow (flows/): the flow says which commands a status
// accepts and where each leads; the command's definition (flows/commands/) says who may give it and
// what it writes. An illegal command is an error (ILLEGAL_TRANSITION), never silently ignored.
import type { TicketCommand } from './api';
import type { Command, Effect } from './commands';
import { STATUS_LABELS } from './labels';
import type { Actor, Role, Ticket, TicketStatus, TimelineEntry } from './model';
import { forbidden, illegalTransition } from './errors';
import { isOwnerOf } from './permissions';
import { ACTING_ORDER } from './roles';
import { DEFAULT_SETTINGS } from './settings';
import type { ServiceSettings } from './settings';
import { nextSla } from './sla';
import { toIso } from './time';
import { rowOf } from './flows';
import { COMMANDS } from './flows/commands';
import type { CommandDefinition } from './flows/commands/definition';
import type { Target } from './flows/table';

function targetOf(ticket: Ticket, command: Command, settings: ServiceSettings): TicketStatus | null {
  const commands = rowOf(ticket, ticket.status)?.commands as { [C in TicketCommand]?: Target<C> } | undefined;
  const target = commands?.[command.type] as Target<typeof command.type> | undefined;
  if (target === undefined) return null;
  return typeof target === 'function' ? target(command as never, settings) : target;
}

/** The role in which an actor acts on this ticket, as the timeline names it. */
export function actingRole(ticket: Ticket, actor: Actor): Role {
  if (isOwnerOf(ticket, actor)) return 'owner';
  return ACTING_ORDER.find((r) => actor.roles.includes(r)) ?? actor.roles[0] ?? 'owner';
}

export interface TransitionResult {
  ticket: Ticket;
  effects: Effect[];
}

export function transition(
  ticket: Ticket,
  command: Command,
  actor: Actor,
  now: Date,
  settings: ServiceSettings = DEFAULT_SETTINGS,
): TransitionResult {
  const to = targetOf(ticket, command, settings);
  if (to === null) throw illegalTransition(`诉求${STATUS_LABELS[ticket.status]}，不能执行该操作`);
  const definition = COMMANDS[command.type] as CommandDefinition<typeof command.type>;
  if (!definition.guard(ticket, actor)) throw forbidden();
  const at = toIso(now);
  const refused = definition.refusal?.(ticket, { at, settings });
  if (refused) throw illegalTransition(refused);

  const outcome = definition.apply(ticket, command as never, { actor, to, at, settings });
  const role = actingRole(ticket, actor);
  const entries: TimelineEntry[] = outcome.entries.map((entry, i) => ({
    ...entry,
    id: `e${ticket.timeline.length + i + 1}`,
    at,
    actor: {
      openid: actor.openid,
      name: actor.name,
      role,
      ...(role !== 'owner' && actor.department ? { department: actor.department } : {}),
    },
  }));
  const moved: Ticket = {
    ...ticket,
    ...outcome.changes,
    status: to,
    timeline: [...ticket.timeline, ...entries],
    updatedAt: at,
    version: ticket.version + 1,
  };
  const sla = nextSla(
    ticket,
    moved,
    { restart: outcome.handOver === true, ...(outcome.deadline ? { deadline: outcome.deadline } : {}) },
    at,
    settings,
  );
  return { ticket: { ...moved, ...sla.changes }, effects: [...outcome.effects, ...sla.effects] };
}

/**
 * The commands this actor may give now (the app's buttons; the server checks again). Given `now`,
 * commands refused at this time (an urge too soon) are left out too.
 */
export function allowedCommands(
  ticket: Ticket,
  actor: Actor,
  now?: Date,
  settings: ServiceSettings = DEFAULT_SETTINGS,
): TicketCommand[] {
  const commands = rowOf(ticket, ticket.status)?.commands ?? {};
  const at = now ? toIso(now) : undefined;
  return (Object.keys(COMMANDS) as TicketCommand[]).filter((type) => {
    const definition = COMMANDS[type] as CommandDefinition<typeof type>;
    if (commands[type] === undefined || !definition.guard(ticket, actor)) return false;
    return at === undefined || !definition.refusal?.(ticket, { at, settings });
  });
}

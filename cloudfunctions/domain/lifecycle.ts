// The request lifecycle as a typed table: for each status, the commands it accepts and where each
// leads. Guards (who) and what each command writes live in COMMANDS; `transition` applies both.
// An illegal command is an error (ILLEGAL_TRANSITION), never silently ignored.
import type { TicketCommand } from './api';
import type { Command, CommandOf, Effect } from './commands';
import { DEPARTMENT_LABELS, STATUS_LABELS } from './labels';
import type { Actor, Role, Ticket, TicketStatus, TimelineEntry } from './model';
import { forbidden, illegalTransition, invalidInput } from './errors';
import { isHandler, isOwnerOf, isServiceDesk, isStaffReader } from './permissions';
import { ACTING_ORDER } from './roles';
import { DEFAULT_SETTINGS } from './settings';
import type { ServiceSettings } from './settings';
import { nextSla } from './sla';
import { isUrgent } from './sla';
import { toIso } from './time';

type Target<K extends TicketCommand> =
  TicketStatus | ((command: CommandOf<K>, settings: ServiceSettings) => TicketStatus);

export const LIFECYCLE: { readonly [S in TicketStatus]: { readonly [K in TicketCommand]?: Target<K> } } = {
  submitted: { accept: 'accepted', reply: 'submitted', note: 'submitted', transfer: 'submitted' },
  accepted: { reply: 'accepted', note: 'accepted', transfer: 'submitted', resolve: 'resolved' },
  resolved: {
    note: 'resolved',
    rate: (command, settings) => (command.score <= settings.unsatisfiedAtOrBelow ? 'reopened' : 'closed'),
  },
  // a request sent back keeps its status while it changes hands, so it stays visibly "reprocessing"
  reopened: { accept: 'accepted', reply: 'reopened', note: 'reopened', transfer: 'reopened' },
  closed: {},
};

type Guard = (ticket: Ticket, actor: Actor) => boolean;
type NewEntry = Omit<TimelineEntry, 'id' | 'at' | 'actor'>;

interface Outcome {
  changes: Partial<Pick<Ticket, 'department' | 'assigneeOpenid' | 'reprocessCount' | 'rating' | 'resolution'>>;
  entries: NewEntry[];
  effects: Effect[];
  /** the request changed hands: the running promise restarts for the new department */
  handOver?: boolean;
}

interface CommandDefinition<K extends TicketCommand> {
  guard: Guard;
  apply(ticket: Ticket, command: CommandOf<K>, actor: Actor, to: TicketStatus, at: string): Outcome;
}

const handlerOrDesk: Guard = (t, a) => isHandler(t, a) || isServiceDesk(t, a);

const COMMANDS: { readonly [K in TicketCommand]: CommandDefinition<K> } = {
  accept: {
    guard: isHandler,
    apply: (_t, _c, actor) => ({
      changes: { assigneeOpenid: actor.openid },
      entries: [{ kind: 'accepted', internal: false }],
      effects: [{ type: 'NOTIFY_OWNER', event: 'accepted' }],
    }),
  },
  reply: {
    guard: handlerOrDesk,
    apply: (_t, command) => ({
      changes: {},
      entries: [{ kind: 'replied', internal: false, text: command.text }],
      effects: [{ type: 'NOTIFY_OWNER', event: 'replied' }],
    }),
  },
  note: {
    guard: isStaffReader,
    apply: (_t, command) => ({
      changes: {},
      entries: [{ kind: 'noted', internal: true, text: command.text }],
      effects: [],
    }),
  },
  transfer: {
    guard: handlerOrDesk,
    apply: (ticket, command) => {
      if (command.toDepartment === ticket.department) {
        throw invalidInput(`该诉求已在${DEPARTMENT_LABELS[ticket.department]}，请选择其他部门`, 'toDepartment');
      }
      return {
        changes: { department: command.toDepartment, assigneeOpenid: undefined },
        entries: [
          {
            kind: 'transferred',
            internal: false,
            text: command.reason,
            fromDepartment: ticket.department,
            toDepartment: command.toDepartment,
          },
        ],
        effects: [
          {
            type: 'NOTIFY_DEPARTMENT',
            department: command.toDepartment,
            reason: 'transferred',
            urgent: isUrgent(ticket),
          },
          { type: 'NOTIFY_OWNER', event: 'transferred' },
        ],
        handOver: true,
      };
    },
  },
  resolve: {
    guard: isHandler,
    apply: (_t, command, _a, _to, at) => ({
      changes: { resolution: { text: command.text, photos: command.photos, at } },
      entries: [{ kind: 'resolved', internal: false, text: command.text, photos: command.photos }],
      effects: [{ type: 'NOTIFY_OWNER', event: 'resolved' }],
    }),
  },
  rate: {
    guard: isOwnerOf,
    apply: (ticket, command, _a, to, at) => {
      const rating = {
        score: command.score,
        tags: command.tags,
        at,
        ...(command.comment ? { comment: command.comment } : {}),
      };
      const rated: NewEntry = {
        kind: 'rated',
        internal: false,
        rating: command.score,
        ...(command.comment ? { text: command.comment } : {}),
      };
      if (to === 'reopened') {
        return {
          changes: { rating, reprocessCount: ticket.reprocessCount + 1 },
          entries: [rated, { kind: 'reopened', internal: false }],
          effects: [
            { type: 'NOTIFY_DEPARTMENT', department: ticket.department, reason: 'reopened', urgent: isUrgent(ticket) },
            { type: 'NOTIFY_OWNER', event: 'reopened' },
          ],
        };
      }
      return {
        changes: { rating },
        entries: [rated, { kind: 'closed', internal: false }],
        effects: [{ type: 'NOTIFY_OWNER', event: 'closed' }],
      };
    },
  },
};

function targetOf<K extends TicketCommand>(
  status: TicketStatus,
  command: CommandOf<K>,
  settings: ServiceSettings,
): TicketStatus | null {
  const target = (LIFECYCLE[status] as { [C in TicketCommand]?: Target<C> })[command.type as K] as
    Target<K> | undefined;
  if (target === undefined) return null;
  return typeof target === 'function' ? target(command, settings) : target;
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
  const to = targetOf(ticket.status, command, settings);
  if (to === null) throw illegalTransition(`诉求${STATUS_LABELS[ticket.status]}，不能执行该操作`);
  const definition = COMMANDS[command.type] as CommandDefinition<typeof command.type>;
  if (!definition.guard(ticket, actor)) throw forbidden();

  const at = toIso(now);
  const outcome = definition.apply(ticket, command as never, actor, to, at);
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
  const sla = nextSla(ticket, to, outcome.handOver === true, at, settings);
  return { ticket: { ...moved, sla: sla.sla }, effects: [...outcome.effects, ...sla.effects] };
}

/** The commands this actor may give now (the app's buttons; the server checks again). */
export function allowedCommands(ticket: Ticket, actor: Actor): TicketCommand[] {
  const table = LIFECYCLE[ticket.status];
  return (Object.keys(COMMANDS) as TicketCommand[]).filter(
    (type) => table[type] !== undefined && COMMANDS[type].guard(ticket, actor),
  );
}

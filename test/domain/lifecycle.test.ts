import type { TicketCommand } from '../../cloudfunctions/domain/api';
import type { Command } from '../../cloudfunctions/domain/commands';
import { allowedCommands, transition } from '../../cloudfunctions/domain/lifecycle';
import type { Actor, TicketStatus } from '../../cloudfunctions/domain/model';
import {
  MONDAY_MORNING,
  NINE_MINUTES_LATER,
  aTicket as aTicketOfAnyCategory,
  anEngineerWhoFiledIt,
  engineer,
  engineeringHead,
  groupAdmin,
  manager,
  otherOwner,
  owner,
  receptionist,
  securityGuard,
  serviceHead,
} from './builders';
import { errorCodeOf, errorOf } from './expect-error';

/** The general flow's statuses and commands (other flows and supervision have their own specs; those every
 * flow shares — withdraw, urge, merge — have flows-common.test.ts). */
const GENERAL_STATUSES: readonly TicketStatus[] = ['submitted', 'accepted', 'resolved', 'reopened', 'closed'];
type GeneralCommand = Extract<TicketCommand, 'accept' | 'reply' | 'note' | 'transfer' | 'resolve' | 'rate' | 'reopen'>;

/** The general flow: a request of category "other" (a repair has its own flow). */
const aTicket = (overrides: Parameters<typeof aTicketOfAnyCategory>[0] = {}) =>
  aTicketOfAnyCategory({ category: 'other', ...overrides });

const A_COMMAND: Record<GeneralCommand, Command> = {
  accept: { type: 'accept' },
  reply: { type: 'reply', text: '师傅今天下午四点上门' },
  note: { type: 'note', text: '业主家中有老人，上门前先电话' },
  transfer: { type: 'transfer', toDepartment: 'security', reason: '楼道漏水需秩序部配合关阀' },
  resolve: { type: 'resolve', text: '已更换水龙头阀芯', photos: ['cloud://photo-after.jpg'] },
  rate: { type: 'rate', score: 5, tags: ['响应及时'] },
  reopen: { type: 'reopen', reason: '回访业主不满意' },
};

/** Someone allowed to give the command, so that only the status decides. */
const ALLOWED_ACTOR: Record<GeneralCommand, () => Actor> = {
  accept: engineer,
  reply: engineer,
  note: engineer,
  transfer: engineer,
  resolve: engineer,
  rate: owner,
  reopen: receptionist,
};

/** Every legal move: [from, command, to]. Written out, not derived from the table under test. */
const LEGAL_MOVES: Array<[TicketStatus, GeneralCommand, TicketStatus]> = [
  ['submitted', 'accept', 'accepted'],
  ['submitted', 'reply', 'submitted'],
  ['submitted', 'note', 'submitted'],
  ['submitted', 'transfer', 'submitted'],
  ['accepted', 'reply', 'accepted'],
  ['accepted', 'note', 'accepted'],
  ['accepted', 'transfer', 'submitted'],
  ['accepted', 'resolve', 'resolved'],
  ['resolved', 'note', 'resolved'],
  ['resolved', 'rate', 'closed'],
  ['reopened', 'accept', 'accepted'],
  ['reopened', 'reply', 'reopened'],
  ['reopened', 'note', 'reopened'],
  ['reopened', 'transfer', 'reopened'],
  ['closed', 'reopen', 'reopened'],
];

const ALL_COMMANDS = Object.keys(A_COMMAND) as GeneralCommand[];
const isLegal = (from: TicketStatus, command: GeneralCommand) =>
  LEGAL_MOVES.some(([f, c]) => f === from && c === command);
const ILLEGAL_MOVES = GENERAL_STATUSES.flatMap((from) =>
  ALL_COMMANDS.filter((c) => !isLegal(from, c)).map((c) => [from, c] as const),
);

describe('transition', () => {
  describe('every legal move', () => {
    it.each(LEGAL_MOVES)('from %s, %s leads to %s', (from, command, to) => {
      const ticket = aTicket({ status: from });
      const result = transition(ticket, A_COMMAND[command], ALLOWED_ACTOR[command](), NINE_MINUTES_LATER);
      expect(result.ticket.status).toBe(to);
      expect(result.ticket.version).toBe(ticket.version + 1);
      expect(result.ticket.updatedAt).toBe('2026-11-22T15:10:00.000+08:00');
      expect(result.ticket.timeline.length).toBeGreaterThan(ticket.timeline.length);
    });
  });

  describe('every illegal move', () => {
    it.each(ILLEGAL_MOVES)('from %s, %s is rejected with ILLEGAL_TRANSITION', (from, command) => {
      const ticket = aTicket({ status: from });
      expect(
        errorCodeOf(() => transition(ticket, A_COMMAND[command], ALLOWED_ACTOR[command](), NINE_MINUTES_LATER)),
      ).toBe('ILLEGAL_TRANSITION');
    });

    it('covers the whole table: every status × 7 commands', () => {
      expect(LEGAL_MOVES.length + ILLEGAL_MOVES.length).toBe(GENERAL_STATUSES.length * 7);
    });
  });

  describe('when the owner rates', () => {
    it('closes the request at 3 or more', () => {
      const { ticket } = transition(
        aTicket({ status: 'resolved' }),
        { type: 'rate', score: 3, tags: [] },
        owner(),
        NINE_MINUTES_LATER,
      );
      expect(ticket.status).toBe('closed');
      expect(ticket.reprocessCount).toBe(0);
      expect(ticket.timeline.slice(-2).map((e) => e.kind)).toEqual(['rated', 'closed']);
    });

    it.each([1, 2])('sends it back to the same department at %i, counted and on the timeline', (score) => {
      const resolved = aTicket({ status: 'resolved', reprocessCount: 1 });
      const { ticket, effects } = transition(
        resolved,
        { type: 'rate', score, tags: ['问题未解决'], comment: '还在漏' },
        owner(),
        NINE_MINUTES_LATER,
      );
      expect(ticket.status).toBe('reopened');
      expect(ticket.department).toBe('engineering');
      expect(ticket.reprocessCount).toBe(2);
      expect(ticket.rating).toEqual({
        score,
        tags: ['问题未解决'],
        comment: '还在漏',
        at: '2026-11-22T15:10:00.000+08:00',
      });
      expect(ticket.timeline.slice(-2).map((e) => [e.kind, e.internal])).toEqual([
        ['rated', false],
        ['reopened', false],
      ]);
      expect(effects).toContainEqual({
        type: 'NOTIFY_DEPARTMENT',
        department: 'engineering',
        reason: 'reopened',
        urgent: false,
      });
      expect(effects).toContainEqual({ type: 'START_SLA', step: 'accept', dueAt: '2026-11-22T15:25:00.000+08:00' });
    });
  });

  describe('guards', () => {
    it('lets only the department that holds the request accept it', () => {
      expect(errorCodeOf(() => transition(aTicket(), { type: 'accept' }, securityGuard(), NINE_MINUTES_LATER))).toBe(
        'FORBIDDEN',
      );
      expect(errorCodeOf(() => transition(aTicket(), { type: 'accept' }, owner(), NINE_MINUTES_LATER))).toBe(
        'FORBIDDEN',
      );
      expect(transition(aTicket(), { type: 'accept' }, engineeringHead(), NINE_MINUTES_LATER).ticket.status).toBe(
        'accepted',
      );
    });

    it('lets the service desk reply to and transfer a request of another department, but not resolve it', () => {
      const accepted = aTicket({ status: 'accepted' });
      expect(transition(accepted, A_COMMAND.reply, receptionist(), NINE_MINUTES_LATER).ticket.status).toBe('accepted');
      expect(transition(accepted, A_COMMAND.transfer, receptionist(), NINE_MINUTES_LATER).ticket.department).toBe(
        'security',
      );
      expect(errorCodeOf(() => transition(accepted, A_COMMAND.resolve, receptionist(), NINE_MINUTES_LATER))).toBe(
        'FORBIDDEN',
      );
    });

    it('lets a manager add an internal note but not reply', () => {
      expect(
        transition(aTicket(), A_COMMAND.note, manager(), NINE_MINUTES_LATER).ticket.timeline.at(-1)?.internal,
      ).toBe(true);
      expect(errorCodeOf(() => transition(aTicket(), A_COMMAND.reply, manager(), NINE_MINUTES_LATER))).toBe(
        'FORBIDDEN',
      );
    });

    it('lets only the owner of the request rate it', () => {
      const resolved = aTicket({ status: 'resolved' });
      expect(errorCodeOf(() => transition(resolved, A_COMMAND.rate, otherOwner(), NINE_MINUTES_LATER))).toBe(
        'FORBIDDEN',
      );
      expect(errorCodeOf(() => transition(resolved, A_COMMAND.rate, engineer(), NINE_MINUTES_LATER))).toBe('FORBIDDEN');
    });

    it('counts the service department as the service desk: it replies to and transfers any request, but does not accept one', () => {
      expect(transition(aTicket(), A_COMMAND.reply, serviceHead(), NINE_MINUTES_LATER).ticket.status).toBe('submitted');
      expect(transition(aTicket(), A_COMMAND.transfer, serviceHead(), NINE_MINUTES_LATER).ticket.department).toBe(
        'security',
      );
      expect(errorCodeOf(() => transition(aTicket(), { type: 'accept' }, serviceHead(), NINE_MINUTES_LATER))).toBe(
        'FORBIDDEN',
      );
    });

    it('never lets staff work on a request they filed themselves', () => {
      for (const command of ['accept', 'reply', 'note', 'transfer'] as const) {
        expect([
          command,
          errorCodeOf(() => transition(aTicket(), A_COMMAND[command], anEngineerWhoFiledIt(), NINE_MINUTES_LATER)),
        ]).toEqual([command, 'FORBIDDEN']);
      }
      const resolved = aTicket({ status: 'resolved' });
      expect(transition(resolved, A_COMMAND.rate, anEngineerWhoFiledIt(), NINE_MINUTES_LATER).ticket.status).toBe(
        'closed',
      );
    });

    it('refuses people with no part in it, such as the owners group admin', () => {
      expect(errorCodeOf(() => transition(aTicket(), A_COMMAND.note, groupAdmin(), NINE_MINUTES_LATER))).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('transfer (故障转呈)', () => {
    it('hands the request to the new department, which must accept it anew', () => {
      const accepted = aTicket({ status: 'accepted', assigneeOpenid: 'demo-engineering' });
      const { ticket, effects } = transition(accepted, A_COMMAND.transfer, engineer(), NINE_MINUTES_LATER);
      expect(ticket).toMatchObject({ status: 'submitted', department: 'security' });
      expect(ticket.assigneeOpenid).toBeUndefined();
      expect(ticket.timeline.at(-1)).toMatchObject({
        kind: 'transferred',
        fromDepartment: 'engineering',
        toDepartment: 'security',
        text: '楼道漏水需秩序部配合关阀',
        actor: { openid: 'demo-engineering', role: 'staff', department: 'engineering' },
      });
      expect(effects).toEqual([
        { type: 'NOTIFY_DEPARTMENT', department: 'security', reason: 'transferred', urgent: false },
        { type: 'NOTIFY_OWNER', event: 'transferred' },
        { type: 'STOP_SLA', step: 'resolve', outcome: 'cancelled' },
        { type: 'START_SLA', step: 'accept', dueAt: '2026-11-22T15:25:00.000+08:00' },
      ]);
    });

    it('refuses a transfer to the department that already holds it', () => {
      const same: Command = { type: 'transfer', toDepartment: 'engineering', reason: '换个人处理' };
      expect(errorOf(() => transition(aTicket(), same, engineer(), NINE_MINUTES_LATER))).toEqual({
        code: 'INVALID_INPUT',
        field: 'toDepartment',
      });
    });
  });

  describe('promises (SLA)', () => {
    it('records an accept within the promise as hit, and starts the 24-hour resolve promise', () => {
      const { ticket, effects } = transition(aTicket(), { type: 'accept' }, engineer(), NINE_MINUTES_LATER);
      expect(effects).toEqual([
        { type: 'NOTIFY_OWNER', event: 'accepted' },
        { type: 'STOP_SLA', step: 'accept', outcome: 'hit' },
        { type: 'START_SLA', step: 'resolve', dueAt: '2026-11-23T15:10:00.000+08:00' },
      ]);
      expect(ticket.sla).toEqual({
        step: 'resolve',
        department: 'engineering',
        startedAt: '2026-11-22T15:10:00.000+08:00',
        dueAt: '2026-11-23T15:10:00.000+08:00',
        span: { unit: 'hours', value: 24 },
        // three quarters of the 24 hours, and two more hours after a miss
        warnAt: '2026-11-23T09:10:00.000+08:00',
        escalateAt: '2026-11-23T17:10:00.000+08:00',
      });
      expect(ticket.promises).toEqual([
        {
          step: 'accept',
          startedAt: '2026-11-22T15:01:00.000+08:00',
          dueAt: '2026-11-22T15:16:00.000+08:00',
          endedAt: '2026-11-22T15:10:00.000+08:00',
          outcome: 'hit',
        },
      ]);
      expect(ticket.assigneeOpenid).toBe('demo-engineering');
    });

    describe('at the due time itself (Sunday 15:16, the promise made at 15:01)', () => {
      const DUE = new Date('2026-11-22T15:16:00+08:00');
      const A_MILLISECOND_LATE = new Date(DUE.getTime() + 1);

      it('counts an accept at the very due time as hit: the promise said "within"', () => {
        const { effects } = transition(aTicket(), { type: 'accept' }, engineer(), DUE);
        expect(effects).toContainEqual({ type: 'STOP_SLA', step: 'accept', outcome: 'hit' });
      });

      it('counts an accept a millisecond after it as missed', () => {
        const { effects } = transition(aTicket(), { type: 'accept' }, engineer(), A_MILLISECOND_LATE);
        expect(effects).toContainEqual({ type: 'STOP_SLA', step: 'accept', outcome: 'missed' });
      });
    });

    it('records an accept after the promise as missed', () => {
      const { effects } = transition(aTicket(), { type: 'accept' }, engineer(), MONDAY_MORNING);
      expect(effects).toContainEqual({ type: 'STOP_SLA', step: 'accept', outcome: 'missed' });
    });

    it('gives an urgent request 5 minutes to be accepted and 4 hours to be resolved', () => {
      expect(aTicket({ urgency: 'urgent' }).sla?.dueAt).toBe('2026-11-22T15:06:00.000+08:00');
      const { ticket } = transition(aTicket({ urgency: 'urgent' }), { type: 'accept' }, engineer(), NINE_MINUTES_LATER);
      expect(ticket.sla?.dueAt).toBe('2026-11-22T19:10:00.000+08:00');
    });

    it('keeps the running promise through replies and notes', () => {
      const submitted = aTicket();
      const { ticket, effects } = transition(submitted, A_COMMAND.reply, engineer(), NINE_MINUTES_LATER);
      expect(ticket.sla).toEqual(submitted.sla);
      expect(effects).toEqual([{ type: 'NOTIFY_OWNER', event: 'replied' }]);
    });

    it('stops the clock once resolved: the owner rates at their own pace', () => {
      const { ticket } = transition(aTicket({ status: 'accepted' }), A_COMMAND.resolve, engineer(), NINE_MINUTES_LATER);
      expect(ticket.sla).toBeUndefined();
      expect(ticket.resolution).toEqual({
        text: '已更换水龙头阀芯',
        photos: ['cloud://photo-after.jpg'],
        at: '2026-11-22T15:10:00.000+08:00',
      });
    });
  });

  describe('the timeline', () => {
    it('marks notes internal and everything else visible, with who and when', () => {
      let ticket = aTicket();
      ticket = transition(ticket, { type: 'accept' }, engineer(), NINE_MINUTES_LATER).ticket;
      ticket = transition(ticket, A_COMMAND.note, engineer(), NINE_MINUTES_LATER).ticket;
      ticket = transition(ticket, A_COMMAND.reply, receptionist(), NINE_MINUTES_LATER).ticket;
      expect(ticket.timeline.map((e) => [e.id, e.kind, e.internal, e.actor.role])).toEqual([
        ['e1', 'created', false, 'owner'],
        ['e2', 'accepted', false, 'staff'],
        ['e3', 'noted', true, 'staff'],
        ['e4', 'replied', false, 'receptionist'],
      ]);
    });

    it('does not change the ticket it was given', () => {
      const ticket = aTicket();
      const before = JSON.stringify(ticket);
      transition(ticket, { type: 'accept' }, engineer(), NINE_MINUTES_LATER);
      expect(JSON.stringify(ticket)).toBe(before);
    });
  });
});

describe('allowedCommands', () => {
  it('offers the handling department what the status allows', () => {
    expect(allowedCommands(aTicket(), engineer())).toEqual(['accept', 'reply', 'note', 'transfer', 'merge']);
    expect(allowedCommands(aTicket({ status: 'accepted' }), engineer())).toEqual([
      'reply',
      'note',
      'transfer',
      'resolve',
      'merge',
    ]);
  });

  it('offers the owner a withdrawal before acceptance, an urge once overdue, a rating once resolved', () => {
    expect(allowedCommands(aTicket(), owner(), NINE_MINUTES_LATER)).toEqual(['withdraw']);
    expect(allowedCommands(aTicket(), owner(), MONDAY_MORNING)).toEqual(['withdraw', 'urge']);
    expect(allowedCommands(aTicket({ status: 'resolved' }), owner())).toEqual(['rate']);
  });

  it('offers a department nothing on a closed request', () => {
    expect(allowedCommands(aTicket({ status: 'closed' }), engineer())).toEqual([]);
  });
});

// The complaint flow, checked move by move against policy 002 §4.7–4.9 and policy 003 (投诉处理).
import type { TicketCommand } from '../../../cloudfunctions/domain/api';
import type { Command, Effect } from '../../../cloudfunctions/domain/commands';
import { allowedCommands, transition } from '../../../cloudfunctions/domain/lifecycle';
import type { Actor, Ticket, TicketStatus } from '../../../cloudfunctions/domain/model';
import { toTicketView } from '../../../cloudfunctions/domain/views';
import {
  NINE_MINUTES_LATER,
  aTicket,
  engineer,
  engineeringHead,
  leadership,
  manager,
  owner,
  receptionist,
  serviceHead,
} from '../builders';
import { errorCodeOf, errorOf } from '../expect-error';

const PLAN = '本周五前更换地下车库照明并加装感应灯，由工程部负责';

/** A complaint in `status`, held by engineering (where the service desk handed it). */
const aComplaint = (status: TicketStatus, overrides: Partial<Ticket> = {}): Ticket =>
  aTicket({
    category: 'complaint',
    status,
    description: '地下车库灯坏了一个月没人修，物业不作为',
    ...overrides,
  });

const withPendingPlan = (status: TicketStatus) =>
  aComplaint(status, {
    plan: { text: PLAN, submittedAt: '2026-11-22T15:05:00.000+08:00', submittedBy: '赵师傅', state: 'pending' },
  });

const COMPLAINT_STATUSES: TicketStatus[] = [
  'submitted',
  'apologised',
  'assigned',
  'contacted',
  'plan_review',
  'plan_approved',
  'resolved',
  'reopened',
  'closed',
];

/** The complaint's commands; those every flow shares (withdraw, urge, merge) and other categories' own have their specs. */
type ComplaintCommand = Exclude<
  TicketCommand,
  'withdraw' | 'urge' | 'merge' | 'quote' | 'accept_quote' | 'decline_quote' | 'issue_slip'
>;

const A_COMMAND: Record<ComplaintCommand, Command> = {
  accept: { type: 'accept' },
  reply: { type: 'reply', text: '我们正在处理' },
  note: { type: 'note', text: '业主情绪激动，注意沟通' },
  transfer: { type: 'transfer', toDepartment: 'security', reason: '车库归秩序部巡查' },
  resolve: { type: 'resolve', text: '照明已全部修复', photos: [] },
  rate: { type: 'rate', score: 5, tags: [] },
  reopen: { type: 'reopen', reason: '回访不满意' },
  apologise: { type: 'apologise', text: '非常抱歉给您带来不便，我们已登记并尽快处理' },
  record_contact: { type: 'record_contact', text: '已电话联系业主，约定周三现场查看' },
  submit_plan: { type: 'submit_plan', text: PLAN },
  approve_plan: { type: 'approve_plan' },
  return_plan: { type: 'return_plan', reason: '方案没有说明完成时间' },
  flag: { type: 'flag', flags: { major: true } },
  utility_follow_up: { type: 'utility_follow_up', utility: 'power', text: '已联系供电所，明日抢修' },
  corrective_report: { type: 'corrective_report', text: '车库照明纳入每周巡检，坏灯24小时内更换' },
  answer: { type: 'answer', text: '答复' },
  refer: { type: 'refer', toDepartment: 'security', expectedAt: '2026-11-24T17:00:00.000+08:00', reason: '转' },
  adopt: { type: 'adopt', plan: '采纳', by: '2026-12-01' },
  decline: { type: 'decline', reason: '不采纳' },
  credit: { type: 'credit', staff: engineer() },
  supervise: { type: 'supervise', note: '请今天内联系业主' },
  acknowledge: { type: 'acknowledge' },
};

/** Who may give each command on a complaint held by engineering. */
const ALLOWED_ACTOR: Partial<Record<TicketCommand, () => Actor>> = {
  reply: receptionist,
  note: engineer,
  transfer: receptionist,
  resolve: engineer,
  rate: owner,
  reopen: receptionist,
  apologise: receptionist,
  record_contact: engineer,
  submit_plan: engineer,
  approve_plan: engineeringHead,
  return_plan: engineeringHead,
  flag: receptionist,
  utility_follow_up: engineer,
  corrective_report: engineer,
  supervise: engineeringHead,
  acknowledge: engineer,
};

/** Every legal move: [from, command, to]. Written out from the policy, not derived from the table. */
const LEGAL_MOVES: Array<[TicketStatus, ComplaintCommand, TicketStatus]> = [
  ['submitted', 'apologise', 'apologised'],
  ['submitted', 'flag', 'submitted'],
  ['submitted', 'note', 'submitted'],
  ['submitted', 'supervise', 'submitted'],
  ['submitted', 'acknowledge', 'submitted'],
  ['apologised', 'transfer', 'assigned'],
  ['apologised', 'record_contact', 'contacted'],
  ['apologised', 'flag', 'apologised'],
  ['apologised', 'utility_follow_up', 'apologised'],
  ['apologised', 'reply', 'apologised'],
  ['apologised', 'note', 'apologised'],
  ['apologised', 'supervise', 'apologised'],
  ['apologised', 'acknowledge', 'apologised'],
  ['assigned', 'record_contact', 'contacted'],
  ['assigned', 'transfer', 'assigned'],
  ['assigned', 'flag', 'assigned'],
  ['assigned', 'utility_follow_up', 'assigned'],
  ['assigned', 'reply', 'assigned'],
  ['assigned', 'note', 'assigned'],
  ['assigned', 'supervise', 'assigned'],
  ['assigned', 'acknowledge', 'assigned'],
  ['contacted', 'submit_plan', 'plan_review'],
  ['contacted', 'transfer', 'assigned'],
  ['contacted', 'flag', 'contacted'],
  ['contacted', 'utility_follow_up', 'contacted'],
  ['contacted', 'corrective_report', 'contacted'],
  ['contacted', 'reply', 'contacted'],
  ['contacted', 'note', 'contacted'],
  ['contacted', 'supervise', 'contacted'],
  ['contacted', 'acknowledge', 'contacted'],
  ['plan_review', 'approve_plan', 'plan_approved'],
  ['plan_review', 'return_plan', 'contacted'],
  ['plan_review', 'flag', 'plan_review'],
  ['plan_review', 'note', 'plan_review'],
  ['plan_review', 'supervise', 'plan_review'],
  ['plan_review', 'acknowledge', 'plan_review'],
  ['plan_approved', 'resolve', 'resolved'],
  ['plan_approved', 'utility_follow_up', 'plan_approved'],
  ['plan_approved', 'corrective_report', 'plan_approved'],
  ['plan_approved', 'reply', 'plan_approved'],
  ['plan_approved', 'note', 'plan_approved'],
  ['plan_approved', 'supervise', 'plan_approved'],
  ['plan_approved', 'acknowledge', 'plan_approved'],
  ['resolved', 'rate', 'closed'],
  ['resolved', 'note', 'resolved'],
  ['resolved', 'corrective_report', 'resolved'],
  ['resolved', 'acknowledge', 'resolved'],
  ['reopened', 'record_contact', 'contacted'],
  ['reopened', 'transfer', 'assigned'],
  ['reopened', 'flag', 'reopened'],
  ['reopened', 'reply', 'reopened'],
  ['reopened', 'note', 'reopened'],
  ['reopened', 'supervise', 'reopened'],
  ['reopened', 'acknowledge', 'reopened'],
  ['closed', 'reopen', 'reopened'],
];

const ALL_COMMANDS = Object.keys(A_COMMAND) as ComplaintCommand[];
const isLegal = (from: TicketStatus, command: TicketCommand) =>
  LEGAL_MOVES.some(([f, c]) => f === from && c === command);
const ILLEGAL_MOVES = COMPLAINT_STATUSES.flatMap((from) =>
  ALL_COMMANDS.filter((c) => !isLegal(from, c)).map((c) => [from, c] as const),
);

/** A complaint ready for `command` in `from`: a pending plan to decide, a supervision to acknowledge. */
function readyFor(from: TicketStatus, command: TicketCommand): Ticket {
  if (command === 'approve_plan' || command === 'return_plan') return withPendingPlan(from);
  if (command === 'acknowledge') {
    return aComplaint(from, {
      supervision: { note: '尽快处理', by: '钱主管', byRole: 'dept_head', at: '2026-11-22T15:05:00.000+08:00' },
    });
  }
  return aComplaint(from);
}

describe('the complaint flow', () => {
  it.each(LEGAL_MOVES)('from %s, %s leads to %s', (from, command, to) => {
    const actor = ALLOWED_ACTOR[command];
    if (!actor) throw new Error(`no actor for ${command}`);
    const { ticket } = transition(readyFor(from, command), A_COMMAND[command], actor(), NINE_MINUTES_LATER);
    expect(ticket.status).toBe(to);
  });

  it.each(ILLEGAL_MOVES)('from %s, %s is rejected with ILLEGAL_TRANSITION', (from, command) => {
    expect(
      errorCodeOf(() => transition(readyFor(from, command), A_COMMAND[command], owner(), NINE_MINUTES_LATER)),
    ).toBe('ILLEGAL_TRANSITION');
  });

  it('covers every complaint status against every command', () => {
    expect(LEGAL_MOVES.length + ILLEGAL_MOVES.length).toBe(COMPLAINT_STATUSES.length * ALL_COMMANDS.length);
  });

  it('names the promise step of each status', () => {
    const steps = COMPLAINT_STATUSES.map((status) => [status, aComplaint(status).sla?.step ?? null]);
    expect(steps).toEqual([
      ['submitted', 'first_reply'],
      ['apologised', 'transfer'],
      ['assigned', 'contact'],
      ['contacted', 'plan'],
      ['plan_review', 'plan_approval'],
      ['plan_approved', 'resolve'],
      ['resolved', null],
      ['reopened', 'contact'],
      ['closed', null],
    ]);
  });
});

describe('a complaint, step by step', () => {
  const step = (ticket: Ticket, command: Command, actor: Actor) =>
    transition(ticket, command, actor, NINE_MINUTES_LATER);

  it('walks from the apology to a return visit, through a returned plan and a second round', () => {
    const filed = aComplaint('submitted', { department: 'service' });
    const effects: Effect[][] = [];
    const run = (ticket: Ticket, command: Command, actor: Actor) => {
      const result = step(ticket, command, actor);
      effects.push(result.effects);
      return result.ticket;
    };
    let t = run(filed, A_COMMAND.apologise, receptionist());
    expect(t.timeline.at(-1)).toMatchObject({ kind: 'apologised', internal: false });
    expect(t.sla?.step).toBe('transfer');
    t = run(t, { type: 'transfer', toDepartment: 'engineering', reason: '车库照明归工程部' }, receptionist());
    expect([t.status, t.department, t.sla?.step]).toEqual(['assigned', 'engineering', 'contact']);
    t = run(t, A_COMMAND.record_contact, engineer());
    expect([t.status, t.assigneeOpenid, t.sla?.step]).toEqual(['contacted', 'demo-engineering', 'plan']);
    t = run(t, A_COMMAND.submit_plan, engineer());
    expect(t.plan).toMatchObject({ text: PLAN, state: 'pending', submittedBy: '赵师傅' });
    expect(t.timeline.at(-1)).toMatchObject({ kind: 'plan_submitted', internal: true });
    expect(effects.at(-1)).toContainEqual({
      type: 'NOTIFY_STAFF',
      to: 'dept_head',
      department: 'engineering',
      event: 'plan_submitted',
    });
    t = run(t, A_COMMAND.return_plan, engineeringHead());
    expect([t.status, t.plan?.state, t.plan?.reason]).toEqual(['contacted', 'returned', '方案没有说明完成时间']);
    expect(t.timeline.at(-1)).toMatchObject({ kind: 'plan_returned', internal: true, text: '方案没有说明完成时间' });
    t = run(t, A_COMMAND.submit_plan, engineer());
    t = run(t, A_COMMAND.approve_plan, engineeringHead());
    expect([t.status, t.plan?.state, t.plan?.decidedBy, t.sla?.step]).toEqual([
      'plan_approved',
      'approved',
      '钱主管',
      'resolve',
    ]);
    // the owner is told the plan: an entry they read, and a message
    expect(t.timeline.at(-1)).toMatchObject({ kind: 'plan_approved', internal: false, text: PLAN });
    expect(effects.at(-1)).toContainEqual({ type: 'NOTIFY_OWNER', event: 'plan' });
    t = run(t, A_COMMAND.resolve, engineer());
    t = run(t, { type: 'rate', score: 1, tags: ['问题未解决'] }, owner());
    expect([t.status, t.reprocessCount, t.department, t.sla?.step]).toEqual(['reopened', 1, 'engineering', 'contact']);
    t = run(t, A_COMMAND.record_contact, engineer());
    t = run(t, A_COMMAND.submit_plan, engineer());
    t = run(t, A_COMMAND.approve_plan, engineeringHead());
    t = run(t, A_COMMAND.resolve, engineer());
    t = run(t, { type: 'rate', score: 5, tags: [] }, owner());
    expect([t.status, t.reprocessCount]).toEqual(['closed', 1]);
    expect(effects.at(-1)).toContainEqual({ type: 'PLAN_VISIT', reason: 'complaint' });
    // the whole history stays
    expect(t.timeline.filter((e) => e.kind === 'plan_approved')).toHaveLength(2);
    expect(t.timeline.filter((e) => e.kind === 'rated').map((e) => e.rating)).toEqual([1, 5]);
  });

  it('lets only the head of the department that holds it decide the plan', () => {
    const pending = withPendingPlan('plan_review');
    for (const actor of [engineer(), serviceHead(), manager(), leadership(), receptionist(), owner()]) {
      expect([actor.openid, errorCodeOf(() => step(pending, A_COMMAND.approve_plan, actor))]).toEqual([
        actor.openid,
        'FORBIDDEN',
      ]);
    }
    expect(step(pending, A_COMMAND.approve_plan, engineeringHead()).ticket.status).toBe('plan_approved');
  });

  it('lets leadership decide the plan of a compensation claim or a complaint against the manager', () => {
    for (const flags of [{ compensation: true }, { againstManager: true }]) {
      const pending = { ...withPendingPlan('plan_review'), flags };
      expect(step(pending, A_COMMAND.approve_plan, leadership()).ticket.plan?.decidedBy).toBe('褚总');
      expect(errorCodeOf(() => step(pending, A_COMMAND.approve_plan, manager()))).toBe('FORBIDDEN');
    }
  });

  it('tells leadership of a compensation claim once, and refuses a flag that changes nothing', () => {
    const { ticket, effects } = step(
      aComplaint('apologised'),
      { type: 'flag', flags: { compensation: true } },
      receptionist(),
    );
    expect(ticket.flags).toEqual({ compensation: true });
    expect(ticket.timeline.at(-1)).toMatchObject({ kind: 'flagged', internal: true, text: '涉及赔偿' });
    expect(effects).toContainEqual({ type: 'NOTIFY_STAFF', to: 'leadership', event: 'flagged', text: '涉及赔偿' });
    const again = step(ticket, { type: 'flag', flags: { againstManager: true } }, receptionist());
    expect(again.effects.filter((e) => e.type === 'NOTIFY_STAFF')).toEqual([]);
    expect(errorOf(() => step(ticket, { type: 'flag', flags: { compensation: true } }, receptionist()))).toEqual({
      code: 'INVALID_INPUT',
      field: 'flags',
    });
    expect(errorCodeOf(() => step(aComplaint('apologised'), A_COMMAND.flag, engineer()))).toBe('FORBIDDEN');
  });

  it('sends the plan of a complaint for leadership to leadership, not the department head', () => {
    const { effects } = step(
      aComplaint('contacted', { flags: { againstManager: true } }),
      A_COMMAND.submit_plan,
      engineer(),
    );
    expect(effects).toContainEqual({ type: 'NOTIFY_STAFF', to: 'leadership', event: 'plan_submitted' });
  });

  it('marks a utility cause and records its follow-up where the owner reads it', () => {
    const { ticket } = step(aComplaint('assigned'), A_COMMAND.utility_follow_up, engineer());
    expect(ticket.flags).toEqual({ utility: 'power' });
    expect(ticket.timeline.at(-1)).toMatchObject({
      kind: 'utility_followed',
      internal: false,
      text: '供电：已联系供电所，明日抢修',
    });
  });

  it('resolves a major complaint only after its corrective-action report', () => {
    const major = aComplaint('plan_approved', { flags: { major: true } });
    expect(errorCodeOf(() => step(major, A_COMMAND.resolve, engineer()))).toBe('ILLEGAL_TRANSITION');
    const reported = step(major, A_COMMAND.corrective_report, engineer()).ticket;
    expect(reported.correctiveReport).toMatchObject({ text: '车库照明纳入每周巡检，坏灯24小时内更换', by: '赵师傅' });
    expect(reported.timeline.at(-1)).toMatchObject({ kind: 'corrective_reported', internal: true });
    expect(step(reported, A_COMMAND.resolve, engineer()).ticket.status).toBe('resolved');
  });

  it('shows the owner the approved plan only, and staff the plan under review and its flags', () => {
    const pending = { ...withPendingPlan('plan_review'), flags: { compensation: true } };
    expect(toTicketView(pending, owner(), NINE_MINUTES_LATER).plan).toBeUndefined();
    expect(toTicketView(pending, owner(), NINE_MINUTES_LATER).flags).toBeUndefined();
    expect(toTicketView(pending, engineeringHead(), NINE_MINUTES_LATER)).toMatchObject({
      plan: { text: PLAN, state: 'pending' },
      flags: { compensation: true },
      can: expect.arrayContaining(['approve_plan', 'return_plan']),
    });
    const approved = step(pending, A_COMMAND.approve_plan, engineeringHead()).ticket;
    const seen = toTicketView(approved, owner(), NINE_MINUTES_LATER);
    expect(seen.plan).toEqual({
      text: PLAN,
      state: 'approved',
      submittedAt: '2026-11-22T15:05:00.000+08:00',
      decidedAt: '2026-11-22T15:10:00.000+08:00',
      decidedBy: '钱主管',
      promisedBy: approved.sla?.dueAt,
    });
    expect(seen.timeline.map((e) => e.kind)).toEqual(['created', 'plan_approved']);
  });

  it('offers the service desk the apology first, and engineering the contact once it is handed over', () => {
    const filed = aComplaint('submitted', { department: 'service' });
    // merge: a complaint several owners made about one thing is followed as one (flows/common.ts)
    expect(allowedCommands(filed, receptionist())).toEqual(['note', 'apologise', 'flag', 'merge']);
    expect(allowedCommands(aComplaint('assigned'), engineer())).toEqual([
      'reply',
      'note',
      'transfer',
      'record_contact',
      'utility_follow_up',
      'merge',
    ]);
  });
});

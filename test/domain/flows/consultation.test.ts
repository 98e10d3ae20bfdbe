// The consultation flow (policy 000 三(一)): answered at once, or passed to a department with the
// time the owner may expect an answer by; the owner confirms by rating.
import type { TicketCommand } from '../../../cloudfunctions/domain/api';
import type { Command } from '../../../cloudfunctions/domain/commands';
import { transition } from '../../../cloudfunctions/domain/lifecycle';
import type { Ticket, TicketStatus } from '../../../cloudfunctions/domain/model';
import { toTicketView } from '../../../cloudfunctions/domain/views';
import { NINE_MINUTES_LATER, aTicket, engineer, owner, receptionist } from '../builders';
import { errorCodeOf, errorOf } from '../expect-error';

const EXPECTED = '2026-11-23T17:00:00.000+08:00';
const aConsultation = (status: TicketStatus, overrides: Partial<Ticket> = {}): Ticket =>
  aTicket({
    category: 'consultation',
    department: 'service',
    status,
    description: '小区装修可以在周末施工吗？',
    ...overrides,
  });

const ANSWER: Command = { type: 'answer', text: '周末及节假日不可进行噪音施工' };
const REFER: Command = { type: 'refer', toDepartment: 'engineering', expectedAt: EXPECTED, reason: '涉及水电改造规范' };

/** [from, command, to], written out from the policy. */
const MOVES: Array<[TicketStatus, TicketCommand, TicketStatus]> = [
  ['submitted', 'answer', 'resolved'],
  ['submitted', 'refer', 'referred'],
  ['referred', 'answer', 'resolved'],
  ['reopened', 'answer', 'resolved'],
  ['reopened', 'refer', 'referred'],
];

describe('the consultation flow', () => {
  it.each(MOVES)('from %s, %s leads to %s', (from, command, to) => {
    const ticket = aConsultation(from, from === 'referred' ? { department: 'engineering' } : {});
    const actor = from === 'referred' ? engineer() : receptionist();
    const given = command === 'answer' ? ANSWER : REFER;
    expect(transition(ticket, given, actor, NINE_MINUTES_LATER).ticket.status).toBe(to);
  });

  it('names the first reply, then the department’s answer, as the promised steps', () => {
    expect(aConsultation('submitted').sla?.step).toBe('first_reply');
    const { ticket, effects } = transition(aConsultation('submitted'), REFER, receptionist(), NINE_MINUTES_LATER);
    expect(ticket.sla).toMatchObject({ step: 'answer', dueAt: EXPECTED });
    expect(ticket.department).toBe('engineering');
    expect(effects).toContainEqual({ type: 'START_SLA', step: 'answer', dueAt: EXPECTED });
    expect(effects).toContainEqual({ type: 'NOTIFY_OWNER', event: 'referred' });
  });

  it('shows the owner the department and the expected answer time', () => {
    const { ticket } = transition(aConsultation('submitted'), REFER, receptionist(), NINE_MINUTES_LATER);
    const seen = toTicketView(ticket, owner(), NINE_MINUTES_LATER);
    expect(seen.timeline.at(-1)).toMatchObject({ kind: 'referred', toDepartment: 'engineering', dueAt: EXPECTED });
    expect(seen.nextStep).toMatchObject({ label: '工程部答复中，承诺明天17:00前答复', dueAt: EXPECTED });
  });

  it('resolves with the answer, which the owner rates', () => {
    const { ticket } = transition(aConsultation('submitted'), ANSWER, receptionist(), NINE_MINUTES_LATER);
    expect(ticket.resolution?.text).toBe('周末及节假日不可进行噪音施工');
    expect(ticket.timeline.at(-1)).toMatchObject({ kind: 'answered', internal: false });
    expect(transition(ticket, { type: 'rate', score: 4, tags: [] }, owner(), NINE_MINUTES_LATER).ticket.status).toBe(
      'closed',
    );
  });

  it('refuses an expected time already past, the same department, and commands of other flows', () => {
    expect(
      errorOf(() =>
        transition(
          aConsultation('submitted'),
          { ...REFER, expectedAt: '2026-11-22T15:00:00.000+08:00' } as Command,
          receptionist(),
          NINE_MINUTES_LATER,
        ),
      ),
    ).toEqual({ code: 'INVALID_INPUT', field: 'expectedAt' });
    expect(
      errorOf(() =>
        transition(
          aConsultation('submitted'),
          { ...REFER, toDepartment: 'service' } as Command,
          receptionist(),
          NINE_MINUTES_LATER,
        ),
      ),
    ).toEqual({ code: 'INVALID_INPUT', field: 'toDepartment' });
    for (const command of ['accept', 'resolve', 'apologise', 'adopt', 'submit_plan'] as const) {
      const given = {
        type: command,
        text: '答复内容',
        plan: '方案',
        by: '2026-12-01',
        photos: [],
      } as unknown as Command;
      expect([
        command,
        errorCodeOf(() => transition(aConsultation('submitted'), given, receptionist(), NINE_MINUTES_LATER)),
      ]).toEqual([command, 'ILLEGAL_TRANSITION']);
    }
    expect(errorCodeOf(() => transition(aConsultation('submitted'), ANSWER, engineer(), NINE_MINUTES_LATER))).toBe(
      'FORBIDDEN',
    );
  });
});

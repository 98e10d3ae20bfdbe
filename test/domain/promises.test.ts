// Promises: the policy's spans (defaults and a community's overrides), a promise started, paused
// while the request waits on the owner and resumed with what was left, closed into the history
// (a miss stays a miss through a transfer), and the timer's warning and escalations.
import { alarmOf, reviewPromise } from '../../cloudfunctions/domain/escalation';
import { transition } from '../../cloudfunctions/domain/lifecycle';
import type { Ticket } from '../../cloudfunctions/domain/model';
import { DEFAULT_POLICY, cellOf, spanFor, withCell } from '../../cloudfunctions/domain/promise-policy';
import { DEFAULT_SETTINGS } from '../../cloudfunctions/domain/settings';
import type { ServiceSettings } from '../../cloudfunctions/domain/settings';
import { nextSla, overdueSince, startSla } from '../../cloudfunctions/domain/sla';
import { aTicket, engineer, receptionist } from './builders';

const at = (local: string) => `${local}:00.000+08:00`;
const when = (local: string) => new Date(at(local));

/** Repairs promised in one working day, as a community might set it. */
const workingDaySettings: ServiceSettings = {
  ...DEFAULT_SETTINGS,
  promises: withCell(DEFAULT_POLICY, 'repair', 'resolve', { unit: 'working_days', value: 1 }),
};

describe('the promise policy', () => {
  it('has defaults per step, shorter for urgent requests and emergencies', () => {
    const repair = { category: 'repair', urgency: 'normal' } as const;
    expect(spanFor(DEFAULT_POLICY, repair, 'accept')).toEqual({ unit: 'minutes', value: 15 });
    expect(spanFor(DEFAULT_POLICY, repair, 'plan')).toEqual({ unit: 'working_days', value: 3 });
    expect(spanFor(DEFAULT_POLICY, { ...repair, urgency: 'urgent' }, 'accept')).toEqual({ unit: 'minutes', value: 5 });
    expect(spanFor(DEFAULT_POLICY, { category: 'emergency', urgency: 'normal' }, 'contact')).toEqual({
      unit: 'minutes',
      value: 10,
    });
    expect(spanFor(DEFAULT_POLICY, { category: 'after_sales', urgency: 'normal' }, 'rework')).toEqual({
      unit: 'same_day',
      value: 1,
    });
    // an urgent request's step with no urgent default follows its category
    expect(spanFor(DEFAULT_POLICY, { ...repair, urgency: 'urgent' }, 'plan')).toEqual({
      unit: 'working_days',
      value: 3,
    });
  });

  it("takes a community's cell over the default, and a reset cell back to it", () => {
    const policy = withCell(DEFAULT_POLICY, 'complaint', 'contact', { unit: 'hours', value: 1 });
    expect(cellOf(policy, 'complaint', 'contact')).toEqual({ span: { unit: 'hours', value: 1 }, custom: true });
    expect(cellOf(policy, 'repair', 'contact')).toEqual({ span: { unit: 'hours', value: 2 }, custom: false });
    const reset = withCell(policy, 'complaint', 'contact', undefined);
    expect(reset.spans).toEqual({});
    expect(cellOf(reset, 'complaint', 'contact').custom).toBe(false);
  });
});

describe('a promise that counts working days', () => {
  it('started on Friday evening is due, warned and escalated in working hours', () => {
    const sla = startSla('resolve', aTicket(), at('2026-11-20T20:30'), workingDaySettings);
    expect(sla).toMatchObject({
      step: 'resolve',
      working: true,
      dueAt: at('2026-11-23T18:00'), // one working day: all of Monday
      warnAt: at('2026-11-23T15:45'), // three quarters of it
      escalateAt: at('2026-11-24T18:00'), // one more working day
    });
  });
});

describe('nextSla', () => {
  const accepted = (overrides: Partial<Ticket> = {}) =>
    aTicket({
      status: 'accepted',
      sla: startSla('resolve', aTicket(), at('2026-11-24T10:00'), workingDaySettings),
      ...overrides,
    });

  it('pauses while waiting on the owner and resumes with what was left, in working time', () => {
    const before = accepted();
    // due Wednesday 10:00; paused Tuesday 16:00 with three working hours left (16–18, 9–10)
    const waiting = nextSla(
      before,
      { ...before, status: 'resolved' },
      { restart: false },
      at('2026-11-24T16:00'),
      workingDaySettings,
    );
    expect(waiting.changes.sla).toBeUndefined();
    expect(waiting.changes.pausedSla).toMatchObject({ step: 'resolve', remainingMinutes: 180 });
    expect(overdueSince({ ...before, ...waiting.changes })).toBeUndefined();

    // the owner answers on Friday 17:00, days later: the three hours run from then, over the weekend
    const paused = { ...before, ...waiting.changes, status: 'resolved' as const };
    const back = nextSla(
      paused,
      { ...paused, status: 'accepted' },
      { restart: false },
      at('2026-11-27T17:00'),
      workingDaySettings,
    );
    expect(back.changes.sla).toMatchObject({ step: 'resolve', dueAt: at('2026-11-30T11:00') });
    expect(back.changes.pausedSla).toBeUndefined();
    expect(back.effects).toEqual([]);
  });

  it('ends a paused promise as kept when the owner moves the request on to another step', () => {
    const before = accepted();
    const waiting = nextSla(
      before,
      { ...before, status: 'resolved' },
      { restart: false },
      at('2026-11-24T16:00'),
      workingDaySettings,
    );
    const paused = { ...before, ...waiting.changes, status: 'resolved' as const };
    const closed = nextSla(
      paused,
      { ...paused, status: 'closed' },
      { restart: false },
      at('2026-11-30T09:00'),
      workingDaySettings,
    );
    expect(closed.changes.pausedSla).toBeUndefined();
    expect(closed.changes.promises).toEqual([
      expect.objectContaining({ step: 'resolve', endedAt: at('2026-11-24T16:00'), outcome: 'hit' }),
    ]);
  });

  it('keeps a promise missed before a transfer as missed, and the request overdue for the new department', () => {
    const late = transition(aTicket(), { type: 'accept' }, engineer(), when('2026-11-22T16:00')).ticket;
    expect(late.promises).toEqual([expect.objectContaining({ step: 'accept', outcome: 'missed' })]);
    const moved = transition(
      late,
      { type: 'transfer', toDepartment: 'security', reason: '属于秩序部' },
      receptionist(),
      when('2026-11-22T16:05'),
    ).ticket;
    expect(moved.sla).toMatchObject({ step: 'accept', department: 'security', dueAt: at('2026-11-22T16:20') });
    expect(moved.promises?.map((p) => [p.step, p.department ?? null, p.outcome])).toEqual([
      ['accept', null, 'missed'],
      ['resolve', 'engineering', 'cancelled'],
    ]);
    expect(moved.missedAt).toBe(at('2026-11-22T15:16'));
    expect(overdueSince(moved)).toBe(at('2026-11-22T15:16'));
  });

  it('forgets the miss once the department has done its part', () => {
    const late = transition(aTicket(), { type: 'accept' }, engineer(), when('2026-11-22T16:00')).ticket;
    const done = transition(
      late,
      { type: 'resolve', text: '已修好', photos: [] },
      engineer(),
      when('2026-11-22T17:00'),
    );
    expect(done.ticket.missedAt).toBeUndefined();
    expect(done.ticket.sla).toBeUndefined();
  });
});

describe('the timer on a promise', () => {
  const open = () => aTicket({ sla: startSla('accept', aTicket(), at('2026-11-22T15:01'), DEFAULT_SETTINGS) });

  it('warns the handlers at three quarters of the span, once', () => {
    const ticket = open();
    // 11¼ of the 15 minutes, to the minute
    expect(alarmOf(ticket)).toBe(at('2026-11-22T15:12'));
    expect(reviewPromise(ticket, when('2026-11-22T15:10'))).toBeNull();
    const review = reviewPromise(ticket, when('2026-11-22T15:13'));
    expect(review?.warned).toBe(true);
    expect(review?.effects).toEqual([
      expect.objectContaining({ type: 'NOTIFY_STAFF', to: 'handlers', department: 'engineering', event: 'warned' }),
    ]);
    expect(review?.ticket.timeline).toHaveLength(1);
    expect(reviewPromise(review!.ticket, when('2026-11-22T15:14'))).toBeNull();
    expect(alarmOf(review!.ticket)).toBe(at('2026-11-22T15:16'));
  });

  it('at due marks it missed and tells the head; after the further span the manager; each once', () => {
    const first = reviewPromise(open(), when('2026-11-22T15:16'))!;
    expect(first.escalated).toEqual([1]);
    expect(first.ticket.sla).toMatchObject({ missed: true, level: 1 });
    expect(first.ticket.missedAt).toBe(at('2026-11-22T15:16'));
    expect(first.ticket.escalation).toMatchObject({ level: 1, to: 'dept_head', reason: 'overdue', step: 'accept' });
    expect(first.ticket.timeline.at(-1)).toMatchObject({
      kind: 'escalated',
      internal: true,
      level: 1,
      escalatedTo: 'dept_head',
    });
    expect(first.effects).toEqual([
      expect.objectContaining({ type: 'NOTIFY_STAFF', to: 'dept_head', department: 'engineering', event: 'escalated' }),
    ]);
    expect(reviewPromise(first.ticket, when('2026-11-22T17:00'))).toBeNull();

    const second = reviewPromise(first.ticket, when('2026-11-22T17:16'))!;
    expect(second.escalated).toEqual([2]);
    expect(second.ticket.escalation).toMatchObject({ level: 2, to: 'manager' });
    expect(alarmOf(second.ticket)).toBeUndefined();
    expect(reviewPromise(second.ticket, when('2026-11-23T17:16'))).toBeNull();
  });

  it('does both levels at once when the timer was down, and drops the warning', () => {
    const review = reviewPromise(open(), when('2026-11-23T09:00'))!;
    expect(review.escalated).toEqual([1, 2]);
    expect(review.warned).toBe(false);
    expect(review.effects.map((e) => e.type === 'NOTIFY_STAFF' && e.to)).toEqual(['dept_head', 'manager']);
  });

  it('takes a compensation claim, or a complaint against the manager, to leadership', () => {
    for (const flags of [{ compensation: true }, { againstManager: true }]) {
      const complaint = { ...open(), category: 'complaint' as const, flags } as Ticket;
      const review = reviewPromise(complaint, when('2026-11-23T09:00'))!;
      expect(review.ticket.escalation).toMatchObject({ level: 2, to: 'leadership' });
    }
  });
});

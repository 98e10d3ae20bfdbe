// The dispatcher's rules that need no database: backoff, the outbox after a run, who reads a message.
import { applyOutcome, dueAtOf, nextAttemptAt } from '../../cloudfunctions/domain/effects';
import { audienceKeysOf, messageFor, staffAudienceKey } from '../../cloudfunctions/domain/messages';
import {
  SUNDAY_AFTERNOON,
  engineer,
  engineeringHead,
  leadership,
  manager,
  otherOwner,
  owner,
  receptionist,
  aTicket,
} from './builders';

const entry = (key: string, at: string, nextAttemptAt?: string) => ({
  key,
  at,
  ...(nextAttemptAt ? { nextAttemptAt } : {}),
});

describe('retrying a failing effect', () => {
  it('waits 1, 2, 4, 8 … minutes after each failure, never more than an hour', () => {
    const at = (attempts: number) =>
      (Date.parse(nextAttemptAt(attempts, SUNDAY_AFTERNOON)) - SUNDAY_AFTERNOON.getTime()) / 60_000;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(at)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(nextAttemptAt(1, SUNDAY_AFTERNOON)).toBe('2026-11-22T15:02:00.000+08:00');
  });
});

describe('the outbox after a run', () => {
  const a = entry('t:2:0', '2026-11-22T15:00:00.000+08:00');
  const b = entry('t:2:1', '2026-11-22T15:00:00.000+08:00');
  const c = entry('t:3:0', '2026-11-22T15:05:00.000+08:00');

  it('drops what was done or parked, keeps the new retry state, and keeps what a command appended meanwhile', () => {
    const retried = { ...b, nextAttemptAt: '2026-11-22T15:07:00.000+08:00' };
    // the run read [a, b]; a command appended c before the run wrote
    const next = applyOutcome([a, b, c], { done: [a.key], failed: [retried], parked: [] });
    expect(next).toEqual([retried, c]);
    expect(dueAtOf(next)).toBe(c.at);
    expect(applyOutcome([a, b, c], { done: [a.key, c.key], failed: [], parked: [b.key] })).toEqual([]);
  });

  it('keeps one copy of an effect put back by an admin while still pending', () => {
    expect(applyOutcome([a, b, { ...a }], { done: [], failed: [], parked: [] })).toEqual([a, b]);
  });

  it('is due at the earliest of its entries, a retry counting from its retry time; never when empty', () => {
    expect(dueAtOf([entry('x', '2026-11-22T15:00:00.000+08:00', '2026-11-22T16:00:00.000+08:00'), c])).toBe(c.at);
    expect(dueAtOf([])).toBeNull();
  });
});

describe('who reads a message', () => {
  const ticket = aTicket();

  it("addresses an owner's notice to the owner alone", () => {
    const message = messageFor({ type: 'NOTIFY_OWNER', event: 'accepted' }, ticket);
    expect(audienceKeysOf(owner())).toContain(message.audience);
    for (const other of [otherOwner(), engineer(), manager(), receptionist()])
      expect(audienceKeysOf(other)).not.toContain(message.audience);
    expect(message.title).toBe(`您的报修（${ticket.number}）已受理`);
  });

  it("addresses a department's notice to its handlers and head, and a head's to the head only", () => {
    const forDepartment = messageFor(
      { type: 'NOTIFY_DEPARTMENT', department: 'engineering', reason: 'new', urgent: true },
      ticket,
    );
    expect(forDepartment.title).toBe(`【紧急】新报修（${ticket.number}）待受理`);
    expect(audienceKeysOf(engineer())).toContain(forDepartment.audience);
    expect(audienceKeysOf(engineeringHead())).toContain(forDepartment.audience);
    expect(audienceKeysOf(owner())).not.toContain(forDepartment.audience);

    const head = staffAudienceKey('dept_head', ticket);
    expect(audienceKeysOf(engineeringHead())).toContain(head);
    expect(audienceKeysOf(engineer())).not.toContain(head);
  });

  it('reaches the manager of the community and leadership by role', () => {
    expect(audienceKeysOf(manager())).toContain(staffAudienceKey('manager', ticket));
    expect(audienceKeysOf(leadership())).toContain(staffAudienceKey('leadership', ticket));
    expect(audienceKeysOf(receptionist())).toContain(staffAudienceKey('service_desk', ticket));
    expect(audienceKeysOf(engineer())).not.toContain(staffAudienceKey('manager', ticket));
  });
});

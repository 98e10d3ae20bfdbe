// The commands every flow shares (flows/common.ts): withdraw, urge, merge.
import { FLOWS } from '../../cloudfunctions/domain/flows';
import { withCommon } from '../../cloudfunctions/domain/flows/common';
import { GENERAL_FLOW } from '../../cloudfunctions/domain/flows/general';
import { allowedCommands, transition } from '../../cloudfunctions/domain/lifecycle';
import type { MergeTarget } from '../../cloudfunctions/domain/commands';
import { CATEGORIES } from '../../cloudfunctions/domain/model';
import { DEFAULT_SETTINGS } from '../../cloudfunctions/domain/settings';
import {
  MONDAY_MORNING,
  NINE_MINUTES_LATER,
  aTicket,
  engineer,
  engineeringHead,
  otherOwner,
  owner,
  receptionist,
  securityGuard,
} from './builders';
import { errorCodeOf, errorOf } from './expect-error';

const withdrawal = { type: 'withdraw', reason: '问题已自行解决' } as const;
const survivor: MergeTarget = { id: 't2', number: 'ED20261122-0002', communityId: 'demo-cuihu', status: 'accepted' };
const mergeInto = (into: MergeTarget = survivor) => ({ type: 'merge', into }) as const;

describe('withCommon', () => {
  const table = withCommon(GENERAL_FLOW);

  it('adds withdraw where nobody has accepted the request, urge and merge where a promise runs', () => {
    expect(table.submitted?.commands).toMatchObject({ withdraw: 'withdrawn', urge: 'submitted', merge: 'merged' });
    expect(table.accepted?.commands).toMatchObject({ urge: 'accepted', merge: 'merged' });
    expect(table.accepted?.commands.withdraw).toBeUndefined();
    // waiting on the owner or closed: nothing to urge or merge
    expect(table.resolved?.commands.urge).toBeUndefined();
    expect(table.closed?.commands.merge).toBeUndefined();
    expect(table.withdrawn).toEqual({ promise: null, commands: {} });
    expect(table.merged).toEqual({ promise: null, commands: {} });
  });

  it('keeps the rows and commands of the table it wraps', () => {
    expect(table.submitted?.commands.accept).toBe('accepted');
    expect(table.resolved?.promise).toBe('owner');
  });

  it('is applied to every category', () => {
    for (const category of CATEGORIES)
      expect([category, FLOWS[category].withdrawn]).toEqual([category, expect.anything()]);
  });
});

describe('withdraw (撤销)', () => {
  it('ends a request nobody accepted, with the reason on the timeline, and tells its department', () => {
    const { ticket, effects } = transition(aTicket(), withdrawal, owner(), NINE_MINUTES_LATER);
    expect(ticket.status).toBe('withdrawn');
    expect(ticket.sla).toBeUndefined();
    expect(ticket.timeline.at(-1)).toMatchObject({ kind: 'withdrawn', internal: false, text: '问题已自行解决' });
    expect(effects).toEqual([
      { type: 'NOTIFY_STAFF', to: 'handlers', department: 'engineering', event: 'withdrawn' },
      { type: 'STOP_SLA', step: 'accept', outcome: 'hit' },
    ]);
  });

  it('is refused once someone accepted it, even after it was passed on and waits again', () => {
    const accepted = transition(aTicket(), { type: 'accept' }, engineer(), NINE_MINUTES_LATER).ticket;
    expect(errorCodeOf(() => transition(accepted, withdrawal, owner(), NINE_MINUTES_LATER))).toBe('ILLEGAL_TRANSITION');
    const passedOn = transition(
      accepted,
      { type: 'transfer', toDepartment: 'security', reason: '需秩序部处理' },
      engineer(),
      NINE_MINUTES_LATER,
    ).ticket;
    expect(passedOn.status).toBe('submitted');
    expect(errorCodeOf(() => transition(passedOn, withdrawal, owner(), NINE_MINUTES_LATER))).toBe('ILLEGAL_TRANSITION');
    expect(allowedCommands(passedOn, owner(), NINE_MINUTES_LATER)).not.toContain('withdraw');
  });

  it('is the owner’s alone', () => {
    expect(errorCodeOf(() => transition(aTicket(), withdrawal, otherOwner(), NINE_MINUTES_LATER))).toBe('FORBIDDEN');
    expect(errorCodeOf(() => transition(aTicket(), withdrawal, receptionist(), NINE_MINUTES_LATER))).toBe('FORBIDDEN');
  });

  it('leaves nothing to do on a withdrawn request', () => {
    const withdrawn = transition(aTicket(), withdrawal, owner(), NINE_MINUTES_LATER).ticket;
    expect(allowedCommands(withdrawn, engineer(), NINE_MINUTES_LATER)).toEqual([]);
    expect(errorCodeOf(() => transition(withdrawn, { type: 'accept' }, engineer(), NINE_MINUTES_LATER))).toBe(
      'ILLEGAL_TRANSITION',
    );
  });
});

describe('urge (催办)', () => {
  it('is refused while the promise still runs', () => {
    const error = errorOf(() => transition(aTicket(), { type: 'urge' }, owner(), NINE_MINUTES_LATER));
    expect(error.code).toBe('ILLEGAL_TRANSITION');
    expect(allowedCommands(aTicket(), owner(), NINE_MINUTES_LATER)).not.toContain('urge');
  });

  it('escalates an overdue request to the department head, on the timeline, keeping the promise', () => {
    const before = aTicket();
    const { ticket, effects } = transition(before, { type: 'urge' }, owner(), MONDAY_MORNING);
    expect(ticket.status).toBe('submitted');
    expect(ticket.sla).toEqual(before.sla);
    expect(ticket.escalation).toEqual({
      level: 1,
      to: 'dept_head',
      at: '2026-11-23T09:00:00.000+08:00',
      reason: 'urged',
    });
    expect(ticket.timeline.at(-1)).toMatchObject({ kind: 'urged', internal: false, actor: { role: 'owner' } });
    expect(effects).toEqual([{ type: 'NOTIFY_STAFF', to: 'dept_head', department: 'engineering', event: 'urged' }]);
  });

  it('is allowed once per span (12 hours by default), then again', () => {
    const urged = transition(aTicket(), { type: 'urge' }, owner(), MONDAY_MORNING).ticket;
    const elevenHoursLater = new Date(MONDAY_MORNING.getTime() + 11 * 3_600_000);
    const error = errorOf(() => transition(urged, { type: 'urge' }, owner(), elevenHoursLater));
    expect(error.code).toBe('ILLEGAL_TRANSITION');
    expect(allowedCommands(urged, owner(), elevenHoursLater)).not.toContain('urge');
    const twelveHoursLater = new Date(MONDAY_MORNING.getTime() + 12 * 3_600_000);
    expect(transition(urged, { type: 'urge' }, owner(), twelveHoursLater).ticket.timeline.at(-1)?.kind).toBe('urged');
  });

  it('follows the span set in the settings', () => {
    const urged = transition(aTicket(), { type: 'urge' }, owner(), MONDAY_MORNING).ticket;
    const anHourLater = new Date(MONDAY_MORNING.getTime() + 3_600_000);
    const settings = { ...DEFAULT_SETTINGS, urgeSpanMinutes: 60 };
    expect(transition(urged, { type: 'urge' }, owner(), anHourLater, settings).ticket.status).toBe('submitted');
  });

  it('keeps an escalation already under way', () => {
    const escalation = { level: 2, to: 'manager', at: '2026-11-23T08:00:00.000+08:00', reason: 'overdue' } as const;
    const { ticket } = transition(aTicket({ escalation }), { type: 'urge' }, owner(), MONDAY_MORNING);
    expect(ticket.escalation).toEqual(escalation);
  });

  it('is refused to anyone but the owner, and where the owner owes the next step', () => {
    expect(errorCodeOf(() => transition(aTicket(), { type: 'urge' }, engineer(), MONDAY_MORNING))).toBe('FORBIDDEN');
    expect(
      errorCodeOf(() => transition(aTicket({ status: 'resolved' }), { type: 'urge' }, owner(), MONDAY_MORNING)),
    ).toBe('ILLEGAL_TRANSITION');
  });
});

describe('merge', () => {
  it('ends the duplicate as merged, following the survivor, and tells its owner', () => {
    const { ticket, effects } = transition(aTicket(), mergeInto(), receptionist(), NINE_MINUTES_LATER);
    expect(ticket.status).toBe('merged');
    expect(ticket.mergedInto).toEqual({ id: 't2', number: 'ED20261122-0002' });
    expect(ticket.sla).toBeUndefined();
    expect(ticket.timeline.at(-1)).toMatchObject({ kind: 'merged', internal: false, mergedInto: ticket.mergedInto });
    expect(effects).toContainEqual({ type: 'NOTIFY_OWNER', event: 'merged' });
  });

  it('is for the service desk and the holding department', () => {
    expect(
      transition(aTicket({ status: 'accepted' }), mergeInto(), engineeringHead(), NINE_MINUTES_LATER).ticket.status,
    ).toBe('merged');
    expect(errorCodeOf(() => transition(aTicket(), mergeInto(), securityGuard(), NINE_MINUTES_LATER))).toBe(
      'FORBIDDEN',
    );
    expect(errorCodeOf(() => transition(aTicket(), mergeInto(), owner(), NINE_MINUTES_LATER))).toBe('FORBIDDEN');
  });

  it('refuses the request itself, another community, and a finished survivor', () => {
    const self = { ...survivor, id: 't1' };
    expect(errorOf(() => transition(aTicket(), mergeInto(self), receptionist(), NINE_MINUTES_LATER))).toEqual({
      code: 'INVALID_INPUT',
      field: 'intoNumber',
    });
    const elsewhere = { ...survivor, communityId: 'another-community' };
    expect(errorOf(() => transition(aTicket(), mergeInto(elsewhere), receptionist(), NINE_MINUTES_LATER)).code).toBe(
      'INVALID_INPUT',
    );
    for (const status of ['closed', 'withdrawn', 'merged'] as const)
      expect([
        status,
        errorOf(() => transition(aTicket(), mergeInto({ ...survivor, status }), receptionist(), NINE_MINUTES_LATER))
          .code,
      ]).toEqual([status, 'INVALID_INPUT']);
  });

  it('is not offered once the department is done', () => {
    expect(
      errorCodeOf(() => transition(aTicket({ status: 'resolved' }), mergeInto(), receptionist(), NINE_MINUTES_LATER)),
    ).toBe('ILLEGAL_TRANSITION');
  });
});

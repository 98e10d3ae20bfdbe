// Supervision (督办): heads (their department) and managers (their community) add a note the handler
// must acknowledge, may set the running step's deadline and reassign within the department.
import type { Command } from '../../../cloudfunctions/domain/commands';
import { allowedCommands, transition } from '../../../cloudfunctions/domain/lifecycle';
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
  securityGuard,
  serviceHead,
} from '../builders';
import { errorCodeOf, errorOf } from '../expect-error';

const DEADLINE = '2026-11-22T18:00:00.000+08:00';
const SUPERVISE: Command = { type: 'supervise', note: '业主已多次来电，今天内处理完', deadline: DEADLINE };

describe('supervision', () => {
  it('records the note, sets the running step’s due time and tells the handlers', () => {
    const accepted = aTicket({ status: 'accepted', assigneeOpenid: 'demo-engineering' });
    const { ticket, effects } = transition(accepted, SUPERVISE, engineeringHead(), NINE_MINUTES_LATER);
    expect(ticket.status).toBe('accepted');
    expect(ticket.sla).toMatchObject({ step: accepted.sla?.step, startedAt: accepted.sla?.startedAt, dueAt: DEADLINE });
    expect(ticket.supervision).toEqual({
      note: '业主已多次来电，今天内处理完',
      by: '钱主管',
      byRole: 'dept_head',
      at: '2026-11-22T15:10:00.000+08:00',
      deadline: DEADLINE,
    });
    expect(ticket.timeline.at(-1)).toMatchObject({ kind: 'supervised', internal: true, dueAt: DEADLINE });
    expect(effects).toContainEqual({
      type: 'NOTIFY_STAFF',
      to: 'handlers',
      department: 'engineering',
      event: 'supervised',
      text: '业主已多次来电，今天内处理完',
    });
  });

  it('lets the department’s head and the community’s manager supervise, nobody else', () => {
    const t = aTicket({ status: 'accepted' });
    expect(transition(t, SUPERVISE, manager(), NINE_MINUTES_LATER).ticket.supervision?.byRole).toBe('manager');
    for (const actor of [engineer(), serviceHead(), receptionist(), leadership(), owner(), securityGuard()]) {
      expect([actor.openid, errorCodeOf(() => transition(t, SUPERVISE, actor, NINE_MINUTES_LATER))]).toEqual([
        actor.openid,
        'FORBIDDEN',
      ]);
    }
  });

  it('reassigns only within the department', () => {
    const t = aTicket({ status: 'accepted', assigneeOpenid: 'demo-engineering' });
    const moved = transition(
      t,
      { type: 'supervise', note: '换人处理', assignee: engineeringHead() },
      manager(),
      NINE_MINUTES_LATER,
    );
    expect([moved.ticket.assigneeOpenid, moved.ticket.supervision?.assigneeName]).toEqual([
      'demo-engineering-head',
      '钱主管',
    ]);
    expect(
      errorOf(() =>
        transition(
          t,
          { type: 'supervise', note: '换人处理', assignee: securityGuard() },
          manager(),
          NINE_MINUTES_LATER,
        ),
      ),
    ).toEqual({ code: 'INVALID_INPUT', field: 'assigneeOpenid' });
    expect(
      errorOf(() =>
        transition(
          t,
          { ...SUPERVISE, deadline: '2026-11-22T15:00:00.000+08:00' } as Command,
          manager(),
          NINE_MINUTES_LATER,
        ),
      ),
    ).toEqual({ code: 'INVALID_INPUT', field: 'deadline' });
  });

  it('stays on the ticket, unacknowledged, until a handler acknowledges it', () => {
    const supervised = transition(
      aTicket({ status: 'accepted' }),
      SUPERVISE,
      engineeringHead(),
      NINE_MINUTES_LATER,
    ).ticket;
    expect(allowedCommands(supervised, engineer())).toContain('acknowledge');
    expect(toTicketView(supervised, engineer(), NINE_MINUTES_LATER).supervision?.acknowledgedAt).toBeUndefined();
    expect(toTicketView(supervised, owner(), NINE_MINUTES_LATER).supervision).toBeUndefined();
    expect(
      errorCodeOf(() => transition(supervised, { type: 'acknowledge' }, securityGuard(), NINE_MINUTES_LATER)),
    ).toBe('FORBIDDEN');
    const done = transition(supervised, { type: 'acknowledge' }, engineer(), NINE_MINUTES_LATER).ticket;
    expect(done.supervision).toMatchObject({
      acknowledgedBy: '赵师傅',
      acknowledgedAt: '2026-11-22T15:10:00.000+08:00',
    });
    expect(done.timeline.at(-1)).toMatchObject({ kind: 'supervision_acknowledged', internal: true });
    expect(allowedCommands(done, engineer())).not.toContain('acknowledge');
    expect(errorCodeOf(() => transition(done, { type: 'acknowledge' }, engineer(), NINE_MINUTES_LATER))).toBe(
      'FORBIDDEN',
    );
  });

  it('is not open on a closed request, nor while it waits on the owner', () => {
    expect(errorCodeOf(() => transition(aTicket({ status: 'closed' }), SUPERVISE, manager(), NINE_MINUTES_LATER))).toBe(
      'ILLEGAL_TRANSITION',
    );
    expect(
      errorCodeOf(() => transition(aTicket({ status: 'resolved' }), SUPERVISE, manager(), NINE_MINUTES_LATER)),
    ).toBe('ILLEGAL_TRANSITION');
  });
});

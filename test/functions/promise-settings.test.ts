// The promise settings through the `promise` function: the working calendar a year at a time (2027's
// official dates missing until an admin enters them), a community's policy cell set and reset, and
// a new request promised by the community's own cell; only admins may read or change them.
import type { TicketView } from '../../cloudfunctions/domain/api';
import type { CalendarView, PolicyView } from '../../cloudfunctions/domain/promise-settings-views';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
  c.setClock('2026-11-24T10:00:00+08:00');
});
afterAll(() => c.close());

const ADMIN = 'demo-admin';
const calendarOf = (year: number) => c.ok<CalendarView>('promise', { action: 'calendar', year }, ADMIN);

describe('the working calendar', () => {
  it("shows 2026's official dates, and 2027 as missing with only its fixed-date holidays", async () => {
    const y2026 = await calendarOf(2026);
    expect(y2026).toMatchObject({ year: 2026, official: true, hours: { start: '09:00', end: '18:00' } });
    expect(y2026.workdays).toContain('2026-10-10');
    expect(y2026.holidays).toContain('2026-10-07');
    expect(y2026.yearsMissing).toEqual([2027]);
    const y2027 = await calendarOf(2027);
    expect(y2027).toMatchObject({ official: false, workdays: [] });
    expect(y2027.holidays).toContain('2027-01-01');
  });

  it('lets an admin enter 2027 day by day and mark it entered; the timer then stops reporting it', async () => {
    await c.ok('promise', { action: 'setCalendarDay', day: '2027-02-08', kind: 'holiday' }, ADMIN);
    const edited = await c.ok<CalendarView>(
      'promise',
      { action: 'setCalendarDay', day: '2027-02-20', kind: 'workday' },
      ADMIN,
    );
    expect(edited.holidays).toContain('2027-02-08');
    expect(edited.workdays).toEqual(['2027-02-20']);
    const removed = await c.ok<CalendarView>(
      'promise',
      { action: 'setCalendarDay', day: '2027-02-08', kind: 'none' },
      ADMIN,
    );
    expect(removed.holidays).not.toContain('2027-02-08');

    const entered = await c.ok<CalendarView>('promise', { action: 'markOfficial', year: 2027, official: true }, ADMIN);
    expect(entered).toMatchObject({ official: true, yearsMissing: [] });
    // the timer's instance keeps the calendar a minute
    c.advance(2);
    const run = (await c.cloud.runTimer('timer')) as { data: { promises: { calendarYearsMissing: number } } };
    expect(run.data.promises.calendarYearsMissing).toBe(0);
  });

  it('refuses a date that does not exist, and anyone but an admin', async () => {
    const bad = await c.call('promise', { action: 'setCalendarDay', day: '2027-02-30', kind: 'holiday' }, ADMIN);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '日期格式不正确' } });
    const manager = await c.call('promise', { action: 'calendar', year: 2026 }, 'demo-manager');
    expect(manager).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const owner = await c.call(
      'promise',
      { action: 'setCalendarDay', day: '2026-12-31', kind: 'holiday' },
      'demo-owner-1',
    );
    expect(owner).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await calendarOf(2026)).holidays).not.toContain('2026-12-31');
  });

  it('sets the working hours', async () => {
    const set = await c.ok<CalendarView>('promise', { action: 'setWorkingHours', start: '08:30', end: '17:30' }, ADMIN);
    expect(set.hours).toEqual({ start: '08:30', end: '17:30' });
    const bad = await c.call('promise', { action: 'setWorkingHours', start: '18:00', end: '09:00' }, ADMIN);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await c.ok('promise', { action: 'setWorkingHours', start: '09:00', end: '18:00' }, ADMIN);
  });
});

describe("a community's promise policy", () => {
  const cell = (view: PolicyView, row: string, step: string) =>
    view.rows.find((r) => r.row === row)?.cells.find((x) => x.step === step);

  it('shows every category × step with its default, and the warning and escalation settings', async () => {
    const view = await c.ok<PolicyView>('promise', { action: 'policy', communityId: 'demo-cuihu' }, ADMIN);
    expect(cell(view, 'repair', 'accept')).toEqual({
      step: 'accept',
      span: { unit: 'minutes', value: 15 },
      custom: false,
    });
    expect(cell(view, 'urgent', 'accept')?.span).toEqual({ unit: 'minutes', value: 5 });
    expect(view.warnPercent).toBe(75);
    const missing = await c.call('promise', { action: 'policy', communityId: 'no-such-community' }, ADMIN);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it("promises a new request by the community's own cell, and by the default again once reset", async () => {
    const set = await c.ok<PolicyView>(
      'promise',
      {
        action: 'setPolicyCell',
        communityId: 'demo-cuihu',
        row: 'repair',
        step: 'accept',
        span: { unit: 'hours', value: 1 },
      },
      ADMIN,
    );
    expect(cell(set, 'repair', 'accept')).toMatchObject({ span: { unit: 'hours', value: 1 }, custom: true });

    c.advance(2); // the ticket function's instance keeps a policy a minute
    const filed = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    expect(Date.parse(filed.nextStep.dueAt ?? '') - Date.parse(filed.createdAt)).toBe(60 * 60_000);

    await c.ok(
      'promise',
      { action: 'setPolicyCell', communityId: 'demo-cuihu', row: 'repair', step: 'accept', span: null },
      ADMIN,
    );
    c.advance(2);
    const again = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    expect(Date.parse(again.nextStep.dueAt ?? '') - Date.parse(again.createdAt)).toBe(15 * 60_000);
  });

  it('refuses a span no promise would be, and records each change in the audit log', async () => {
    const tooLong = await c.call(
      'promise',
      {
        action: 'setPolicyCell',
        communityId: 'demo-cuihu',
        row: 'repair',
        step: 'plan',
        span: { unit: 'working_days', value: 400 },
      },
      ADMIN,
    );
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '时限过长' } });
    const log = await c.ok<{ items: Array<{ action: string }> }>('audit', { action: 'list' }, ADMIN);
    expect(log.items.map((e) => e.action)).toEqual(expect.arrayContaining(['promisePolicy.update', 'calendar.setDay']));
  });
});

// The promises timer through the local runtime, with the dev clock moved: a warning before due, an
// overdue complaint escalated to the service desk's head and later to the manager, each exactly
// once, also when two timer runs overlap; it reads only the requests whose alarm has come.
import type { InboxCounts, InboxPage, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';
import { messagesAbout } from './support/database';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

interface PromisesReport {
  read: number;
  warned: number;
  escalated: number;
  conflicts: number;
  calendarYearsMissing: number;
}

async function runTimer(): Promise<PromisesReport> {
  const answer = (await c.cloud.runTimer('timer')) as { ok: boolean; data: { promises: PromisesReport } };
  expect(answer.ok).toBe(true);
  return answer.data.promises;
}

async function stored(id: string) {
  const [doc] = (await c.documents('tickets')).filter((t) => t._id === id);
  return doc as {
    timeline: Array<{ kind: string; level?: number; escalatedTo?: string; internal: boolean }>;
    escalation?: { level: number; to: string };
  };
}

const noticesAbout = async (ticketId: string) =>
  (await messagesAbout(c, ticketId)).filter((m) => m.kind === 'NOTIFY_STAFF');

const escalatedView = async (openid: string) =>
  (await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'escalated' }, openid)).items.map((t) => t.id);

describe('the promises timer', () => {
  let complaint: TicketView;
  let other: TicketView;

  beforeAll(async () => {
    // Tuesday 2026-11-24 10:00: the service desk promises to accept a complaint within 15 minutes
    c.setClock('2026-11-24T10:00:00+08:00');
    complaint = await c.ok<TicketView>(
      'ticket',
      aRepairRequest({
        category: 'complaint',
        description: '楼道灯坏了一周没人修',
        location: { kind: 'common_area', text: '1栋楼道' },
      }),
      'demo-owner-1',
    );
    c.setClock('2026-11-24T10:05:00+08:00');
    other = await c.ok<TicketView>(
      'ticket',
      aRepairRequest({ category: 'complaint', location: { kind: 'common_area', text: '2栋电梯' } }),
      'demo-owner-2',
    );
  });

  it('does nothing before any alarm, and says which year lacks its official dates', async () => {
    c.setClock('2026-11-24T10:10:00+08:00');
    expect(await runTimer()).toEqual({ read: 0, warned: 0, escalated: 0, conflicts: 0, calendarYearsMissing: 1 });
  });

  it('warns the handlers at three quarters of the span, once', async () => {
    c.setClock('2026-11-24T10:12:30+08:00');
    expect(await runTimer()).toMatchObject({ read: 1, warned: 1, escalated: 0 });
    // the same run carried the warning out: the service desk reads it
    expect(await noticesAbout(complaint.id)).toContainEqual(
      expect.objectContaining({ audience: 'dept:demo-cuihu:service', title: `投诉（${complaint.number}）即将超时` }),
    );
    expect(await runTimer()).toMatchObject({ read: 0, warned: 0 });
  });

  it('at due escalates to the head, once, and the head sees it under 升级给我', async () => {
    c.setClock('2026-11-24T10:15:30+08:00');
    expect(await runTimer()).toMatchObject({ read: 1, escalated: 1 });
    expect(await runTimer()).toMatchObject({ read: 0, escalated: 0 });

    const doc = await stored(complaint.id);
    expect(doc.escalation).toMatchObject({ level: 1, to: 'dept_head' });
    expect(doc.timeline.filter((e) => e.kind === 'escalated')).toEqual([
      expect.objectContaining({ level: 1, escalatedTo: 'dept_head', internal: true }),
    ]);
    expect(await noticesAbout(complaint.id)).toContainEqual(
      expect.objectContaining({
        audience: 'head:demo-cuihu:service',
        title: `投诉（${complaint.number}）已超时，升级至您`,
      }),
    );
    expect(await escalatedView('demo-service-head')).toEqual([complaint.id]);
    expect(await escalatedView('demo-manager')).toEqual([]);
    const counts = await c.ok<InboxCounts>('ticket', { action: 'inboxCounts' }, 'demo-service-head');
    expect(counts).toMatchObject({ overdue: 1, escalated: 1 });

    // the owner never reads the internal entry; staff do
    const mine = await c.ok<TicketView>('ticket', { action: 'get', ticketId: complaint.id }, 'demo-owner-1');
    expect(mine.timeline.map((e) => e.kind)).not.toContain('escalated');
    const desk = await c.ok<TicketView>('ticket', { action: 'get', ticketId: complaint.id }, 'demo-service-head');
    expect(desk.timeline.map((e) => e.kind)).toContain('escalated');
  });

  it('two hours later escalates to the manager exactly once, even with two runs at the same time', async () => {
    c.setClock('2026-11-24T12:21:00+08:00');
    const [a, b] = await Promise.all([runTimer(), runTimer()]);
    // the first complaint reaches level 2; the second, filed five minutes later, is missed and reaches level 2 too
    expect(a.escalated + b.escalated).toBe(3);

    const doc = await stored(complaint.id);
    expect(doc.timeline.filter((e) => e.kind === 'escalated').map((e) => [e.level, e.escalatedTo])).toEqual([
      [1, 'dept_head'],
      [2, 'manager'],
    ]);
    const second = await stored(other.id);
    expect(second.timeline.filter((e) => e.kind === 'escalated').map((e) => e.level)).toEqual([1, 2]);
    expect((await escalatedView('demo-manager')).sort()).toEqual([complaint.id, other.id].sort());
    expect(await runTimer()).toMatchObject({ read: 0, escalated: 0 });
  });

  it('keeps the missed promise in the overdue view after the service desk replies', async () => {
    await c.ok(
      'ticket',
      { action: 'apologise', ticketId: complaint.id, text: '抱歉久等，已登记' },
      'demo-receptionist',
    );
    const overdue = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'overdue' }, 'demo-service-head');
    expect(overdue.items.map((t) => t.id)).toContain(complaint.id);
    const doc = (await stored(complaint.id)) as unknown as { promises: Array<{ step: string; outcome: string }> };
    expect(doc.promises).toEqual([expect.objectContaining({ step: 'first_reply', outcome: 'missed' })]);
  });
});

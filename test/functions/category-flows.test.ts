// The category flows through the local runtime: paid-service quotes, the rework slip, emergency
// alerts, a failed repair redone, withdraw and urge.
import type { MessageView } from '../../cloudfunctions/domain/messages';
import type { Page, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';
import { messagesAbout, setFields, snapshotAll } from './support/database';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const get = (ticketId: string, openid: string) => c.ok<TicketView>('ticket', { action: 'get', ticketId }, openid);
/**
 * The notices carried out for a request (at once, by the dispatcher), each as `<effect>:<who>`:
 * `NOTIFY_STAFF:dept:security`, `NOTIFY_STAFF:head:engineering`, `NOTIFY_STAFF:manager`, `NOTIFY_OWNER:owner`.
 */
const noticesAbout = async (ticketId: string) =>
  (await messagesAbout(c, ticketId)).map((m) => {
    const [kind, , who] = String(m.audience).split(':');
    const audience = kind === 'dept' || kind === 'head' ? `${kind}:${who}` : kind === 'role' ? who : kind;
    return `${String(m.kind)}:${audience}`;
  });

describe('paid service', () => {
  const file = () =>
    c.ok<TicketView>(
      'ticket',
      aRepairRequest({ category: 'paid_service', description: '想请师傅清洗油烟机一台' }),
      'demo-owner-1',
    );
  const quote = (ticketId: string) =>
    c.ok<TicketView>(
      'ticket',
      { action: 'quote', ticketId, amountFen: 15_000, items: '油烟机深度清洗一台，含上门费' },
      'demo-environment',
    );

  it('is quoted by the department, then started once the owner accepts the price', async () => {
    const filed = await file();
    expect(filed.department).toBe('environment');
    const quoted = await quote(filed.id);
    expect(quoted.status).toBe('quoted');
    const seen = await get(filed.id, 'demo-owner-1');
    expect(seen.quote).toMatchObject({ amountFen: 15_000, items: '油烟机深度清洗一台，含上门费', state: 'offered' });
    expect(seen.can).toEqual(['accept_quote', 'decline_quote']);
    expect(seen.nextStep.by).toBe('owner');

    const refused = await c.call('ticket', { action: 'acceptQuote', ticketId: filed.id }, 'demo-owner-2');
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const started = await c.ok<TicketView>('ticket', { action: 'acceptQuote', ticketId: filed.id }, 'demo-owner-1');
    expect(started.status).toBe('accepted');
    expect(started.quote?.state).toBe('accepted');
    expect(await noticesAbout(filed.id)).toContain(`NOTIFY_STAFF:dept:${started.department}`);
  });

  it('ends politely when the owner declines, with no rating asked', async () => {
    const filed = await file();
    await quote(filed.id);
    const declined = await c.ok<TicketView>(
      'ticket',
      { action: 'declineQuote', ticketId: filed.id, reason: '价格超出预期' },
      'demo-owner-1',
    );
    expect(declined.status).toBe('closed');
    expect(declined.can).toEqual([]);
    expect(declined.timeline.at(-1)).toMatchObject({ kind: 'quote_declined', text: '价格超出预期' });
  });

  it('refuses a bad price and changes nothing', async () => {
    const filed = await file();
    const before = await snapshotAll(c);
    for (const amountFen of [0, -100, 12.5, '150', 100_000 * 100 + 1]) {
      const answer = await c.call(
        'ticket',
        { action: 'quote', ticketId: filed.id, amountFen, items: '清洗' },
        'demo-environment',
      );
      expect([amountFen, answer]).toMatchObject([
        amountFen,
        { ok: false, error: { code: 'INVALID_INPUT', field: 'amountFen' } },
      ]);
    }
    expect(await snapshotAll(c)).toBe(before);
  });
});

describe('after-sales', () => {
  it('takes a rework slip whose deadline the request is chased to', async () => {
    const filed = await c.ok<TicketView>(
      'ticket',
      aRepairRequest({ category: 'after_sales', description: '卫生间墙面渗水，交房半年' }),
      'demo-owner-1',
    );
    const deadline = new Date(Date.now() + 3 * 24 * 3_600_000).toISOString();
    const slipped = await c.ok<TicketView>(
      'ticket',
      { action: 'issueSlip', ticketId: filed.id, defect: '卫生间墙面渗水', place: '主卫东墙', deadline },
      'demo-receptionist',
    );
    expect(slipped.status).toBe('reworking');
    expect(Date.parse(slipped.nextStep.dueAt ?? '')).toBe(Date.parse(deadline));
    const owner = await get(filed.id, 'demo-owner-1');
    expect(owner.slip).toMatchObject({ defect: '卫生间墙面渗水', place: '主卫东墙' });
    expect(await noticesAbout(filed.id)).toEqual(
      expect.arrayContaining(['NOTIFY_STAFF:dept:after_sales', 'NOTIFY_OWNER:owner']),
    );
    const { items } = await c.ok<Page<MessageView>>('message', { action: 'list' }, 'demo-owner-1');
    expect(items.map((m) => m.title)).toContain(`您的售后（${filed.number}）已开具返修联系单`);
  });

  it('refuses a deadline that is not a time', async () => {
    const filed = await c.ok<TicketView>('ticket', aRepairRequest({ category: 'after_sales' }), 'demo-owner-1');
    const answer = await c.call(
      'ticket',
      { action: 'issueSlip', ticketId: filed.id, defect: '墙面渗水', place: '主卫', deadline: '下周五' },
      'demo-receptionist',
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'deadline' } });
  });
});

describe('emergency', () => {
  it('alerts security and the manager at filing, with promises in minutes', async () => {
    const filed = await c.ok<TicketView>(
      'ticket',
      aRepairRequest({
        category: 'emergency',
        description: '地下车库有很重的燃气味道',
        location: { kind: 'common_area', text: '地下车库B区' },
      }),
      'demo-owner-1',
    );
    expect(await noticesAbout(filed.id)).toEqual(
      expect.arrayContaining(['NOTIFY_STAFF:dept:security', 'NOTIFY_STAFF:manager']),
    );
    expect(Date.parse(filed.nextStep.dueAt ?? '') - Date.parse(filed.createdAt)).toBe(5 * 60_000);
  });
});

describe('a failed repair', () => {
  it('is redone at once by the same engineer, and its redo plans a special return visit', async () => {
    const filed = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    await c.ok('ticket', { action: 'accept', ticketId: filed.id }, 'demo-engineering');
    await c.ok('ticket', { action: 'resolve', ticketId: filed.id, text: '已更换阀芯' }, 'demo-engineering');
    const back = await c.ok<TicketView>('ticket', { action: 'rate', ticketId: filed.id, score: 1 }, 'demo-owner-1');
    expect(back.status).toBe('redoing');
    expect(Date.parse(back.nextStep.dueAt ?? '') - Date.parse(back.updatedAt)).toBe(4 * 3_600_000);
    const engineer = await get(filed.id, 'demo-engineering');
    expect(engineer.can).toContain('resolve');
    await c.ok('ticket', { action: 'resolve', ticketId: filed.id, text: '整体更换龙头' }, 'demo-engineering');
    const visits = (await c.documents('visits')).filter((v) => v.ticketId === filed.id);
    expect(visits.map((v) => v.reason)).toEqual(['redo']);
  });
});

describe('withdraw (撤销)', () => {
  it('lets the owner withdraw a request nobody accepted, with a reason', async () => {
    const filed = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    expect(filed.can).toContain('withdraw');
    const gone = await c.ok<TicketView>(
      'ticket',
      { action: 'withdraw', ticketId: filed.id, reason: '已自行修好' },
      'demo-owner-1',
    );
    expect(gone.status).toBe('withdrawn');
    expect(gone.timeline.at(-1)).toMatchObject({ kind: 'withdrawn', text: '已自行修好' });
    const inbox = await get(filed.id, 'demo-engineering');
    expect(inbox.can).toEqual([]);
  });

  it('refuses once accepted, without a reason, and for anyone else', async () => {
    const filed = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    expect(await c.call('ticket', { action: 'withdraw', ticketId: filed.id }, 'demo-owner-1')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'reason' },
    });
    expect(
      await c.call('ticket', { action: 'withdraw', ticketId: filed.id, reason: '不需要了' }, 'demo-engineering'),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await c.ok('ticket', { action: 'accept', ticketId: filed.id }, 'demo-engineering');
    expect(
      await c.call('ticket', { action: 'withdraw', ticketId: filed.id, reason: '不需要了' }, 'demo-owner-1'),
    ).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
  });
});

describe('urge (催办)', () => {
  it('is refused in time, reaches the head once overdue, and is refused again within the span', async () => {
    const filed = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    expect(filed.can).not.toContain('urge');
    const early = await c.call<TicketView>('ticket', { action: 'urge', ticketId: filed.id }, 'demo-owner-1');
    expect(early).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });

    await setFields(c, 'tickets', filed.id, { 'sla.dueAt': '2026-11-01T09:00:00.000+08:00' });
    expect((await get(filed.id, 'demo-owner-1')).can).toContain('urge');
    const urged = await c.ok<TicketView>('ticket', { action: 'urge', ticketId: filed.id }, 'demo-owner-1');
    expect(urged.timeline.at(-1)).toMatchObject({ kind: 'urged', internal: false });
    expect(urged.can).not.toContain('urge');
    const [stored] = (await c.documents('tickets')).filter((t) => t._id === filed.id);
    expect(stored.escalation).toMatchObject({ level: 1, to: 'dept_head', reason: 'urged' });
    expect(await noticesAbout(filed.id)).toContain('NOTIFY_STAFF:head:engineering');

    const before = await snapshotAll(c);
    const again = await c.call('ticket', { action: 'urge', ticketId: filed.id }, 'demo-owner-1');
    expect(again).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
    expect(again.ok ? '' : again.error.message).toContain('12小时');
    expect(await snapshotAll(c)).toBe(before);
  });

  it('is the owner’s alone', async () => {
    const filed = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    await setFields(c, 'tickets', filed.id, { 'sla.dueAt': '2026-11-01T09:00:00.000+08:00' });
    expect(await c.call('ticket', { action: 'urge', ticketId: filed.id }, 'demo-owner-2')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await c.call('ticket', { action: 'urge', ticketId: filed.id }, 'demo-engineering')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

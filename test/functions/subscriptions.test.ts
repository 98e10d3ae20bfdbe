// Subscription messages through the local cloud: what a person accepts in WeChat's prompt is a
// grant, each event's message spends one, and every outcome — sent, no grant, refused (43101), a
// field refused (47003), a failure retried until sent — is kept where staff see it.
import type { TicketView } from '../../cloudfunctions/domain/api';
import {
  SUBSCRIBE_ON,
  SUBSCRIPTION_TEMPLATES,
  templateIdsOf,
} from '../../cloudfunctions/domain/subscription-templates';
import type { TemplateKey } from '../../cloudfunctions/domain/subscription-templates';
import type { QuotaView, SendRecordView } from '../../cloudfunctions/domain/subscription-views';
import type { OutboxEntry } from '../../local';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';
import { pendingEffectsOf, setFields } from './support/database';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());
beforeEach(() => {
  c.cloud.outbox.clear();
  c.cloud.outbox.resetAnswers();
});

const OWNER = 'demo-owner-1';
const OTHER_OWNER = 'demo-owner-2';
const ENGINEER = 'demo-engineering';
const HEAD = 'demo-engineering-head';
const SEND = 'subscribeMessage.send';
const id = (key: TemplateKey) => SUBSCRIPTION_TEMPLATES[key].id;

const accept = (openid: string, keys: readonly TemplateKey[]) =>
  c.ok<{ quota: QuotaView[] }>(
    'subscription',
    { action: 'record', choices: Object.fromEntries(templateIdsOf(keys).map((t) => [t, 'accept'])) },
    openid,
  );
const remaining = async (openid: string, key: TemplateKey) =>
  (await c.ok<{ quota: QuotaView[] }>('subscription', { action: 'mine' }, openid)).quota.find((q) => q.key === key)
    ?.remaining;
const sendsOf = (ticketId: string, openid = ENGINEER) =>
  c.ok<SendRecordView[]>('subscription', { action: 'sendsOfTicket', ticketId }, openid);
const ownerSendsOf = async (ticketId: string) => (await sendsOf(ticketId)).filter((r) => r.to.startsWith('业主'));
const sentTo = (openid: string): OutboxEntry[] => c.cloud.outbox.list(SEND).filter((e) => e.payload.touser === openid);
const file = () => c.ok<TicketView>('ticket', aRepairRequest(), OWNER);
const acceptTicket = (ticketId: string) => c.ok('ticket', { action: 'accept', ticketId }, ENGINEER);
const sweep = () => c.cloud.runTimer('timer');

describe('recording what a person accepted', () => {
  it('adds one grant per accept and none for reject, ban or filter', async () => {
    const before = await remaining(OTHER_OWNER, 'ticket_progress');
    const answer = await c.ok<{ quota: QuotaView[] }>(
      'subscription',
      {
        action: 'record',
        choices: {
          [id('ticket_accepted')]: 'reject',
          [id('ticket_progress')]: 'accept',
          [id('ticket_resolved')]: 'ban',
        },
      },
      OTHER_OWNER,
    );
    expect(answer.quota).toEqual([
      { key: 'ticket_accepted', title: '工单受理通知', remaining: 0 },
      { key: 'ticket_progress', title: '工单进度通知', remaining: (before ?? 0) + 1 },
      { key: 'ticket_resolved', title: '服务评价提醒', remaining: 0 },
    ]);
    await accept(OTHER_OWNER, ['ticket_progress']);
    expect(await remaining(OTHER_OWNER, 'ticket_progress')).toBe((before ?? 0) + 2);
  });

  it('refuses unknown templates, unknown choices and more than 3 templates, writing nothing', async () => {
    const before = JSON.stringify(await c.documents('subscription_quota'));
    const bad = [
      { choices: { 'no-such-template-id': 'accept' } },
      { choices: { [id('ticket_accepted')]: 'maybe' } },
      { choices: {} },
      {
        choices: Object.fromEntries(
          templateIdsOf(['ticket_accepted', 'ticket_progress', 'ticket_resolved', 'return_visit']).map((t) => [
            t,
            'accept',
          ]),
        ),
      },
      { choices: [id('ticket_accepted')] },
      { choices: { [id('ticket_accepted')]: 'accept' }, openid: 'someone-else' },
    ];
    for (const payload of bad) {
      const answer = await c.call('subscription', { action: 'record', ...payload }, OWNER);
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(JSON.stringify(await c.documents('subscription_quota'))).toBe(before);
  });

  it("lets owners subscribe to owners' templates only, and staff to staff's", async () => {
    const staffTemplate = { action: 'record', choices: { [id('staff_new_request')]: 'accept' } };
    expect(await c.call('subscription', staffTemplate, OWNER)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const ownerTemplate = { action: 'record', choices: { [id('ticket_accepted')]: 'accept' } };
    expect(await c.call('subscription', ownerTemplate, ENGINEER)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await c.call('subscription', ownerTemplate, 'a-stranger')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('the message of an event', () => {
  it('is sent when the owner accepted: the acceptance reaches them with its fields, spending the grant', async () => {
    await accept(OWNER, SUBSCRIBE_ON.file);
    const left = (await remaining(OWNER, 'ticket_accepted'))!;
    const ticket = await file();
    await acceptTicket(ticket.id);

    const [sent] = sentTo(OWNER);
    expect(sent).toMatchObject({
      functionName: 'ticket',
      ok: true,
      payload: {
        touser: OWNER,
        template_id: id('ticket_accepted'),
        page: `pages/ticket/index?id=${ticket.id}`,
        miniprogram_state: 'formal',
        data: {
          character_string1: { value: ticket.number },
          thing2: { value: '厨房水龙头一直滴水，关不紧' },
          phrase3: { value: '已受理' },
          thing5: { value: '我们会尽快为您处理' },
        },
      },
    });
    expect(String((sent.payload.data as Record<string, { value: string }>).time4.value)).toMatch(
      /^\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}$/,
    );
    expect(await remaining(OWNER, 'ticket_accepted')).toBe(left - 1);
    expect((await sendsOf(ticket.id)).filter((r) => r.to.startsWith('业主'))).toEqual([
      expect.objectContaining({ template: '工单受理通知', to: '业主 张业主', outcome: 'sent', outcomeLabel: '已发送' }),
    ]);
  });

  it('is not sent without a grant, and the request shows staff that it was not', async () => {
    const ticket = await c.ok<TicketView>(
      'ticket',
      aRepairRequest({ location: { kind: 'unit', unitId: 'demo-unit-2-1-202' } }),
      OTHER_OWNER,
    );
    await acceptTicket(ticket.id);
    expect(sentTo(OTHER_OWNER).filter((e) => e.payload.template_id === id('ticket_accepted'))).toEqual([]);
    expect((await sendsOf(ticket.id)).filter((r) => r.to.startsWith('业主'))).toEqual([
      expect.objectContaining({
        template: '工单受理通知',
        to: '业主 李业主',
        outcome: 'no_quota',
        outcomeLabel: '未发送：对方未订阅或次数已用完',
      }),
    ]);
    expect(await pendingEffectsOf(c, ticket.id)).toEqual([]);
  });

  it('refused by WeChat (43101): spends the grant, is recorded and not retried', async () => {
    await accept(OWNER, ['ticket_accepted']);
    const left = (await remaining(OWNER, 'ticket_accepted'))!;
    const ticket = await file();
    c.cloud.outbox.setAnswer(SEND, { errCode: 43101 });
    await acceptTicket(ticket.id);
    expect(await remaining(OWNER, 'ticket_accepted')).toBe(left - 1);
    const [record] = await ownerSendsOf(ticket.id);
    expect(record).toMatchObject({ outcome: 'refused', attempts: [expect.objectContaining({ errCode: 43101 })] });
    expect(await pendingEffectsOf(c, ticket.id)).toEqual([]);
  });

  it('with a field WeChat refuses (47003): records the field, keeps the grant, is not retried', async () => {
    await accept(OWNER, ['ticket_accepted']);
    const left = (await remaining(OWNER, 'ticket_accepted'))!;
    const ticket = await file();
    c.cloud.outbox.setAnswer(SEND, { errCode: 47003, errMsg: 'argument invalid! data.thing2.value exceeds limit' });
    await acceptTicket(ticket.id);
    expect(await remaining(OWNER, 'ticket_accepted')).toBe(left);
    const [record] = await ownerSendsOf(ticket.id);
    expect(record).toMatchObject({ outcome: 'invalid_field', field: '报事内容' });
    expect(await pendingEffectsOf(c, ticket.id)).toEqual([]);
  });

  it('failing for a while is retried with backoff until sent, spending one grant and sending once', async () => {
    c.setClock('2026-11-23T10:00:00+08:00');
    await accept(OWNER, ['ticket_accepted']);
    const left = (await remaining(OWNER, 'ticket_accepted'))!;
    const ticket = await file();
    c.cloud.outbox.setAnswer(SEND, { errCode: -1, errMsg: 'system error' });
    await acceptTicket(ticket.id);
    // the command answered; the effect waits for its retry, the grant held for it
    const [pending] = await pendingEffectsOf(c, ticket.id);
    expect(pending).toMatchObject({ type: 'NOTIFY_OWNER' });
    expect(await remaining(OWNER, 'ticket_accepted')).toBe(left - 1);
    expect((await ownerSendsOf(ticket.id))[0]).toMatchObject({ outcome: 'failed', outcomeLabel: '发送失败，稍后重试' });

    await sweep(); // the first try by the sweep fails too
    expect((await pendingEffectsOf(c, ticket.id))[0]).toMatchObject({ attempts: 1 });
    c.cloud.outbox.resetAnswers();
    c.advance(1.5);
    await sweep();
    expect(await pendingEffectsOf(c, ticket.id)).toEqual([]);

    const tries = sentTo(OWNER).filter((e) => e.payload.template_id === id('ticket_accepted'));
    expect(tries.map((e) => e.errCode)).toEqual([-1, -1, 0]);
    expect(await remaining(OWNER, 'ticket_accepted')).toBe(left - 1);
    const [record] = await ownerSendsOf(ticket.id);
    expect(record.outcome).toBe('sent');
    expect(record.attempts.map((a) => a.outcome)).toEqual(['failed', 'failed', 'sent']);
  });

  it('carried out again (a run stopped before it cleaned up) sends nothing twice and spends nothing twice', async () => {
    await accept(OWNER, ['ticket_progress', 'ticket_progress']);
    const left = (await remaining(OWNER, 'ticket_progress'))!;
    const ticket = await file();
    await c.ok('ticket', { action: 'reply', ticketId: ticket.id, text: '明天上午师傅上门' }, 'demo-receptionist');
    const sends = sentTo(OWNER).filter((e) => e.payload.template_id === id('ticket_progress'));
    expect(sends).toHaveLength(1);
    expect((sends[0].payload.data as Record<string, { value: string }>).thing5.value).toBe('明天上午师傅上门');
    // the same effect, back in the outbox under its own key
    const [message] = (await c.documents('messages')).filter(
      (m) => m.ticketId === ticket.id && String(m.title).includes('新回复'),
    );
    const key = String(message._id).replace(/-(\d+)-(\d+)$/, ':$1:$2');
    const stored = (await c.documents('tickets')).find((t) => t._id === ticket.id)!;
    await setFields(c, 'tickets', ticket.id, {
      pendingEffects: [{ type: 'NOTIFY_OWNER', event: 'replied', key, at: stored.updatedAt, state: 'pending' }],
      pendingEffectsAt: stored.updatedAt,
    });
    await sweep();
    expect(await pendingEffectsOf(c, ticket.id)).toEqual([]);
    expect(sentTo(OWNER).filter((e) => e.payload.template_id === id('ticket_progress'))).toHaveLength(1);
    expect(await remaining(OWNER, 'ticket_progress')).toBe(left - 1);
  });

  it("reaches each subscribed person of a staff audience, and records the others' as not sent", async () => {
    await accept(ENGINEER, ['staff_new_request']);
    const ticket = await file();
    const [sent] = sentTo(ENGINEER);
    expect(sent.payload).toMatchObject({
      template_id: id('staff_new_request'),
      data: {
        character_string1: { value: ticket.number },
        thing2: { value: '报修' },
        thing3: { value: '1栋1单元101' },
      },
    });
    const records = await sendsOf(ticket.id);
    expect(records.find((r) => r.to === '赵师傅')).toMatchObject({ outcome: 'sent' });
    expect(records.find((r) => r.to === '钱主管')).toMatchObject({ outcome: 'no_quota' });
    expect(records.filter((r) => r.to.startsWith('业主'))).toEqual([]);
  });

  it('tells the head of a request about to be overdue and one escalated to them, through the timer', async () => {
    await c.ok(
      'subscription',
      { action: 'record', choices: { [id('staff_overdue')]: 'accept', [id('staff_escalated')]: 'accept' } },
      HEAD,
    );
    const ticket = await file();
    const stored = (await c.documents('tickets')).find((t) => t._id === ticket.id)!;
    await setFields(c, 'tickets', ticket.id, {
      pendingEffects: [
        {
          type: 'NOTIFY_STAFF',
          to: 'dept_head',
          event: 'warned',
          key: `${ticket.id}:900:0`,
          at: stored.updatedAt,
          state: 'pending',
        },
        {
          type: 'NOTIFY_STAFF',
          to: 'dept_head',
          event: 'escalated',
          key: `${ticket.id}:900:1`,
          at: stored.updatedAt,
          state: 'pending',
        },
      ],
      pendingEffectsAt: stored.updatedAt,
    });
    await sweep();
    const toHead = sentTo(HEAD);
    expect(toHead.map((e) => [e.functionName, e.payload.template_id])).toEqual([
      ['timer', id('staff_overdue')],
      ['timer', id('staff_escalated')],
    ]);
    expect((toHead[1].payload.data as Record<string, { value: string }>).thing3.value).toBe('已超时，升级至您');
  });

  it('shows the records to staff who may read the request, and to nobody else', async () => {
    const ticket = await file();
    expect(await c.call('subscription', { action: 'sendsOfTicket', ticketId: ticket.id }, OWNER)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await c.call('subscription', { action: 'sendsOfTicket', ticketId: ticket.id }, 'demo-environment'),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await c.call('subscription', { action: 'sendsOfTicket', ticketId: 'nope' }, ENGINEER)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

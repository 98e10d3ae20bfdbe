import { startTestCloud } from './support';
import type { OutboxEntry } from '../../../local';
import type { TestCloud } from './support';

type Notify = {
  send: { ok: boolean; errCode?: number; errMsg?: string };
  check?: { suggest: string; label: number };
  undeclared?: { ok: boolean; errCode?: number };
};

describe('the open API outbox', () => {
  let t: TestCloud;
  beforeAll(async () => {
    t = await startTestCloud();
  });
  afterAll(() => t.close());
  beforeEach(() => {
    t.cloud.outbox.clear();
    t.cloud.outbox.resetAnswers();
  });

  it('records a subscription message with its decoded payload, as WeChat receives it', async () => {
    const answer = (await t.cloud.invoke('notify', { title: '电梯故障' }, { openid: 'owner-1' })) as Notify;
    expect(answer.send).toEqual({ ok: true });
    const [entry] = t.cloud.outbox.list('subscribeMessage.send');
    expect(entry).toMatchObject({
      api: 'subscribeMessage.send',
      functionName: 'notify',
      openid: 'owner-1',
      ok: true,
      errCode: 0,
      payload: {
        touser: 'owner-1',
        template_id: 'TEMPLATE-1',
        page: 'pages/request/index?id=42',
        miniprogram_state: 'developer',
        data: { thing1: { value: '电梯故障' }, time2: { value: '2026年11月22日 15:01' } },
      },
    });
  });

  it('answers a forced error (43101) to the function and records the refused send', async () => {
    t.cloud.outbox.setAnswer('subscribeMessage.send', { errCode: 43101 });
    const answer = (await t.cloud.invoke('notify', {}, { openid: 'owner-2' })) as Notify;
    expect(answer.send).toMatchObject({ ok: false, errCode: 43101 });
    expect(answer.send.errMsg).toContain('user refuse to accept the msg');
    expect(t.cloud.outbox.list('subscribeMessage.send')).toEqual([
      expect.objectContaining({ ok: false, errCode: 43101, openid: 'owner-2' }),
    ]);

    t.cloud.outbox.setAnswer('subscribeMessage.send', 'ok');
    expect(((await t.cloud.invoke('notify', {}, { openid: 'owner-2' })) as Notify).send).toEqual({ ok: true });
  });

  describe('checks a subscription message as WeChat does', () => {
    const sendOf = async (event: object) =>
      ((await t.cloud.invoke('notify', event, { openid: 'owner-5' })) as Notify).send;

    it('answers 40003 when touser is missing', async () => {
      expect(await sendOf({ without: ['touser'] })).toMatchObject({ ok: false, errCode: 40003 });
    });

    it('answers 40037 when the template is missing', async () => {
      expect(await sendOf({ without: ['templateId'] })).toMatchObject({ ok: false, errCode: 40037 });
    });

    it('answers 47003 naming the field when a thing is over 20 characters, and accepts 20', async () => {
      const over = await sendOf({ title: '一二三四五六七八九十一二三四五六七八九十一' });
      expect(over).toMatchObject({ ok: false, errCode: 47003 });
      expect(over.errMsg).toContain('data.thing1.value');
      expect(await sendOf({ title: '一二三四五六七八九十一二三四五六七八九十' })).toEqual({ ok: true });
      expect(t.cloud.outbox.list('subscribeMessage.send').map((e) => e.errCode)).toEqual([47003, 0]);
    });
  });

  it('passes content by default and answers a set response (e.g. risky) for msgSecCheck', async () => {
    const pass = (await t.cloud.invoke('notify', { check: '楼道灯坏了' }, { openid: 'owner-3' })) as Notify;
    expect(pass.check).toEqual({ suggest: 'pass', label: 100 });
    t.cloud.outbox.setAnswer('security.msgSecCheck', { response: { result: { suggest: 'risky', label: 20001 } } });
    const risky = (await t.cloud.invoke('notify', { check: '…' }, { openid: 'owner-3' })) as Notify;
    expect(risky.check).toEqual({ suggest: 'risky', label: 20001 });
    expect(t.cloud.outbox.list('security.msgSecCheck').map((e) => e.payload)).toEqual([
      { content: '楼道灯坏了', version: 2, scene: 1, openid: 'owner-3' },
      { content: '…', version: 2, scene: 1, openid: 'owner-3' },
    ]);
  });

  it("refuses an API missing from the function's permissions.openapi with -604101", async () => {
    const answer = (await t.cloud.invoke('notify', { undeclared: true }, { openid: 'owner-4' })) as Notify;
    expect(answer.undeclared).toEqual({ ok: false, errCode: -604101 });
    expect(t.cloud.outbox.list('wxacode.getUnlimited')).toEqual([
      expect.objectContaining({ ok: false, errCode: -604101 }),
    ]);
  });

  it('validates answers with INVALID_ARGUMENT', () => {
    expect(() => t.cloud.outbox.setAnswer('subscribeMessage.send', { errCode: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => t.cloud.outbox.setAnswer('', 'ok')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('GET /dev/outbox', () => {
  it('lists the open API calls newest first with decoded payloads, to loopback callers in dev mode only', async () => {
    const t = await startTestCloud({ devRoutes: true });
    try {
      const { url } = await t.cloud.listen(0);
      await t.cloud.invoke('notify', { title: '第一条' }, { openid: 'owner-1' });
      await t.cloud.invoke('notify', { title: '第二条', check: '楼道灯坏了' }, { openid: 'owner-2' });

      const all = (await (await fetch(`${url}/dev/outbox`)).json()) as { entries: OutboxEntry[] };
      expect(all.entries.map((e) => e.api)).toEqual([
        'security.msgSecCheck',
        'subscribeMessage.send',
        'subscribeMessage.send',
      ]);
      const sends = (await (await fetch(`${url}/dev/outbox?api=subscribeMessage.send`)).json()) as {
        entries: OutboxEntry[];
      };
      expect(sends.entries.map((e) => (e.payload.data as { thing1: { value: string } }).thing1.value)).toEqual([
        '第二条',
        '第一条',
      ]);
      expect((await fetch(`${url}/dev/outbox`, { method: 'POST' })).status).toBe(405);
    } finally {
      await t.close();
    }
    const off = await startTestCloud();
    try {
      const { url } = await off.cloud.listen(0);
      expect((await fetch(`${url}/dev/outbox`)).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

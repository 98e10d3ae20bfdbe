import { startTestCloud } from './support';
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

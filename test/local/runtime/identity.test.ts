import { startTestCloud } from './support';
import type { TestCloud } from './support';

type Context = { OPENID?: string; APPID?: string; UNIONID?: string; ENV?: string; SOURCE?: string };
type WhoAmI = { before: Context; after: Context; tag: string; userInfo: { appId: string; openId: string } };

describe('identity of an invocation', () => {
  let t: TestCloud;
  beforeAll(async () => {
    t = await startTestCloud({ appId: 'wxestatedesk00001' });
  });
  afterAll(() => t.close());

  it('gives getWXContext the caller, the app, the local env and the client source', async () => {
    const answer = (await t.cloud.invoke('whoami', { tag: 'a' }, { openid: 'owner-1', unionid: 'union-1' })) as WhoAmI;
    expect(answer.before).toEqual({
      OPENID: 'owner-1',
      APPID: 'wxestatedesk00001',
      UNIONID: 'union-1',
      ENV: 'local',
      SOURCE: 'wx_client',
    });
    expect(answer.userInfo).toEqual({ appId: 'wxestatedesk00001', openId: 'owner-1' });
  });

  it('keeps each caller apart when invocations overlap', async () => {
    const callers = Array.from({ length: 12 }, (_, i) => `owner-${i}`);
    // Delays decreasing with i: later calls start while earlier ones still wait.
    const answers = (await Promise.all(
      callers.map((openid, i) =>
        t.cloud.invoke('whoami', { tag: openid, delayMs: 5 + (callers.length - i) * 4 }, { openid }),
      ),
    )) as WhoAmI[];
    answers.forEach((answer, i) => {
      expect(answer.tag).toBe(callers[i]);
      expect(answer.before.OPENID).toBe(callers[i]);
      expect(answer.after.OPENID).toBe(callers[i]);
      expect(answer.after.UNIONID).toBeUndefined();
    });
  });

  it('leaves no caller in process.env outside an invocation', async () => {
    await t.cloud.invoke('whoami', {}, { openid: 'owner-x' });
    expect(process.env.WX_OPENID).toBeUndefined();
  });

  it('carries the caller through cloud.callFunction, with the source chain wx_client,scf', async () => {
    const answer = (await t.cloud.invoke(
      'relay',
      { target: 'whoami', data: { tag: 'inner' } },
      { openid: 'owner-7', unionid: 'u-7' },
    )) as {
      mine: Context;
      callee: WhoAmI;
    };
    expect(answer.mine).toMatchObject({ OPENID: 'owner-7', SOURCE: 'wx_client' });
    expect(answer.callee.tag).toBe('inner');
    expect(answer.callee.before).toMatchObject({ OPENID: 'owner-7', UNIONID: 'u-7', SOURCE: 'wx_client,scf' });
  });

  it('keeps overlapping relayed calls apart', async () => {
    const answers = (await Promise.all(
      ['a', 'b', 'c', 'd'].map((who, i) =>
        t.cloud.invoke('relay', { data: { tag: who, delayMs: 30 - i * 7 } }, { openid: `relay-${who}` }),
      ),
    )) as Array<{ callee: WhoAmI }>;
    expect(answers.map((a) => [a.callee.tag, a.callee.after.OPENID])).toEqual([
      ['a', 'relay-a'],
      ['b', 'relay-b'],
      ['c', 'relay-c'],
      ['d', 'relay-d'],
    ]);
  });

  it('answers the SDK a callee that throws as the cloud does (FUNCTIONS_EXECUTE_FAIL with the message)', async () => {
    const answer = (await t.cloud.invoke('relay', { target: 'boom' }, { openid: 'owner-8' })) as {
      error: { code: string; errCode: number; errMsg: string };
    };
    // wx-server-sdk 4.0.2 turns that answer into a TcbError (errCode -1, code kept).
    expect(answer.error.code).toBe('FUNCTIONS_EXECUTE_FAIL');
    expect(answer.error.errMsg).toBe('callFunction:fail Error: boom: the pipe burst');
  });

  it('refuses a missing or malformed caller with INVALID_ARGUMENT', async () => {
    await expect(t.cloud.invoke('whoami', {}, { openid: '' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(t.cloud.invoke('whoami', {}, undefined as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('rejects an unknown function with FUNCTION_NOT_FOUND', async () => {
    await expect(t.cloud.invoke('nope', {}, { openid: 'o' })).rejects.toMatchObject({
      code: 'FUNCTION_NOT_FOUND',
      errCode: -501000,
    });
  });
});

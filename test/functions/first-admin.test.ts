// The first administrator of a real deployment: bootstrap.claimAdmin with the setup code the
// company set on the function, while no administrator exists; recorded in the audit log.
import type { MeView, Page } from '../../cloudfunctions/domain/api';
import type { AuditEntry } from '../../cloudfunctions/domain/audit';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';

const CODE = 'first-admin-setup-7Qx9';
let c: FunctionsCloud;

beforeEach(async () => {
  process.env.ADMIN_SETUP_CODE = CODE;
  c = await startFunctionsCloud({ seed: false });
});
afterEach(async () => {
  delete process.env.ADMIN_SETUP_CODE;
  await c.close();
});

const claim = (openid: string, setupCode: string, name = '刘管理') =>
  c.call('bootstrap', { action: 'claimAdmin', setupCode, name }, openid);

const everything = async () => JSON.stringify([await c.documents('users'), await c.documents('audit_log')]);

it('makes a new WeChat user the administrator with the right code, once, and records it', async () => {
  expect((await c.ok<MeView>('user', { action: 'me' }, 'wx-first')).bound).toBe(false);
  await expect(claim('wx-first', ` ${CODE} `)).resolves.toEqual({ ok: true, data: { admin: true } });

  const me = await c.ok<MeView>('user', { action: 'me' }, 'wx-first');
  expect(me).toMatchObject({ name: '刘管理', roles: ['admin'], bound: true });
  const log = await c.ok<Page<AuditEntry>>('audit', { action: 'list' }, 'wx-first');
  expect(log.items).toHaveLength(1);
  expect(log.items[0]).toMatchObject({
    action: 'admin.claim',
    actor: { openid: 'wx-first', name: '刘管理' },
    target: { kind: 'user', id: 'wx-first' },
    after: { name: '刘管理', roles: ['admin'] },
  });
  expect(log.items[0].before).toBeUndefined();

  const before = await everything();
  const again = await claim('wx-second', CODE);
  expect(again.ok || again.error.code).toBe('CONFLICT');
  expect(await everything()).toBe(before);
  expect((await c.ok<MeView>('user', { action: 'me' }, 'wx-second')).bound).toBe(false);
});

it('refuses a wrong code and changes nothing', async () => {
  const before = await everything();
  for (const wrong of [CODE.slice(0, -1), `${CODE}x`, 'x'.repeat(CODE.length)]) {
    const answer = await claim('wx-guess', wrong);
    expect(answer.ok || [answer.error.code, answer.error.field]).toEqual(['INVALID_INPUT', 'setupCode']);
  }
  expect(await everything()).toBe(before);
});

it('refuses every code while the function has none configured, or one too short to be safe', async () => {
  for (const configured of [undefined, '   ', 'short-code']) {
    if (configured === undefined) delete process.env.ADMIN_SETUP_CODE;
    else process.env.ADMIN_SETUP_CODE = configured;
    if (configured?.trim()) {
      const withItself = await claim('wx-early', configured);
      expect(withItself.ok || withItself.error.code).toBe('FORBIDDEN');
    }
    const withAnyCode = await claim('wx-early', CODE);
    expect(withAnyCode.ok || withAnyCode.error.code).toBe('FORBIDDEN');
  }
  expect(await c.documents('users')).toEqual([]);
  expect(await c.documents('audit_log')).toEqual([]);
});

it('refuses in a database whose demo data brings its administrator', async () => {
  await c.ok('bootstrap', { action: 'seedDemo' }, 'demo-admin');
  const before = await everything();
  const answer = await claim('demo-manager', CODE);
  expect(answer.ok || answer.error.code).toBe('CONFLICT');
  expect(await everything()).toBe(before);
});

it('keeps what a person the company already knows had when they become the first administrator', async () => {
  const known = {
    _id: 'wx-known',
    name: '旧名',
    roles: ['manager'],
    communityId: 'c1',
    communityName: '一号院',
    units: [],
  };
  const inserted = await c.cloud.database.handle('database.insertDocument', {
    collectionName: 'users',
    data: [JSON.stringify(known)],
  });
  expect(inserted).not.toHaveProperty('code');
  await expect(claim('wx-known', CODE, '陈经理')).resolves.toMatchObject({ ok: true });
  const me = await c.ok<MeView>('user', { action: 'me' }, 'wx-known');
  expect(me).toMatchObject({ name: '陈经理', roles: ['manager', 'admin'], community: { id: 'c1', name: '一号院' } });
  const [entry] = (await c.ok<Page<AuditEntry>>('audit', { action: 'list' }, 'wx-known')).items;
  expect(entry).toMatchObject({
    before: { name: '旧名', roles: ['manager'] },
    after: { name: '陈经理', roles: ['manager', 'admin'] },
  });
});

it('makes only one of two simultaneous claims an administrator', async () => {
  const answers = await Promise.all([claim('wx-a', CODE, '甲'), claim('wx-b', CODE, '乙')]);
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(answers.map((a) => (a.ok ? 'ok' : a.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
  const admins = (await c.documents('users')).filter((u) => (u.roles as string[]).includes('admin'));
  expect(admins).toHaveLength(1);
  expect(await c.documents('audit_log')).toHaveLength(1);
});

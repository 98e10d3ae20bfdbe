// The browser sign-in for demos and the admin console: any name signs in (张三 is a new WeChat user
// who is not bound), a name that cannot be used is refused, 切换身份 is on every page, and an
// administrator reads 操作记录.
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

test('张三 signs in as a new, unbound WeChat user; every tab loads and 切换身份 is on each', async () => {
  const page = await signIn(app, '张三');
  await expectText(shown(page, '.identity-bar__who'), '张三');
  await expectText(shown(page, '.not-bound__title'), '您还未绑定房屋');
  const openid = await page.evaluate(
    () => JSON.parse(localStorage.getItem('estate-desk.dev-openid') ?? '{}') as unknown,
  );
  expect(JSON.stringify(openid)).toMatch(/h5-[0-9a-f]{16}/);

  for (const [tab, route] of [
    ['file', '/pages/file/index'],
    ['mine', '/pages/mine/index'],
    ['home', '/pages/home/index'],
  ] as const) {
    await shown(page, `#tab-${tab}`).click();
    await at(page, route);
    await shown(page, '#switch-identity-bar').waitFor();
    await expect(shown(page, '.state--error').count()).resolves.toBe(0);
  }
  await expect(shown(page, '#tab-workbench').count()).resolves.toBe(0);

  await shown(page, '#switch-identity-bar').click();
  await at(page, '/pages/dev-login/index');
  expect(app.problems).toEqual([]);
});

test('the same name is the same person again, and a name that cannot be used is refused with a message', async () => {
  const first = await signIn(app, '李四');
  const openidOf = (page: typeof first) => page.evaluate(() => localStorage.getItem('estate-desk.dev-openid'));
  const firstOpenid = await openidOf(first);
  const again = await signIn(app, '李四');
  await expect(openidOf(again)).resolves.toBe(firstOpenid);

  await shown(again, '#switch-identity-bar').click();
  await at(again, '/pages/dev-login/index');
  for (const bad of ['长'.repeat(33), '   ']) {
    await shown(again, '#login-custom input').fill(bad);
    await shown(again, '#login-custom-submit').click();
    await shown(again, '#login-refusal').waitFor();
    await at(again, '/pages/dev-login/index');
  }
  await expectText(shown(again, '#login-refusal'), '请输入名字');
  await expect(openidOf(again)).resolves.toBe(firstOpenid);
  expect(app.problems).toEqual([]);
});

test('a new user reaches 管理员初始化 from the not-bound screen; a deployment with an administrator refuses', async () => {
  const page = await signIn(app, '王五');
  await shown(page, '#go-admin-setup').click();
  await at(page, '/admin/pages/setup/index');
  await shown(page, '#setup-name input').fill('王五');
  await shown(page, '#setup-code input').fill('not-the-code-at-all');
  await shown(page, '#setup-submit').click();
  // the demo data brings its administrator, or no code is set: refused either way, and said so
  await shown(page, '.field__error, #setup-error').first().waitFor();
  await shown(page, '#switch-identity-bar').waitFor();
  const me = await page.evaluate(() => localStorage.getItem('estate-desk.dev-openid'));
  expect(me).toBeTruthy();
});

test('an administrator opens 管理后台 → 操作记录 and reads an entry with what changed', async () => {
  const inserted = await app.cloud.cloud.database.handle('database.insertDocument', {
    collectionName: 'audit_log',
    data: [
      JSON.stringify({
        _id: 'e2e-entry',
        at: '2026-03-01T09:00:00.000+08:00',
        actor: { openid: 'demo-admin', name: '蒋管理员' },
        action: 'admin.claim',
        target: { kind: 'user', id: 'demo-manager' },
        before: { name: '陈经理', roles: ['manager'] },
        after: { name: '陈经理', roles: ['manager', 'admin'] },
      }),
    ],
  });
  expect(inserted).not.toHaveProperty('code');
  const page = await signIn(app, 'demo-admin');
  await shown(page, '#tab-mine').click();
  await at(page, '/pages/mine/index');
  await shown(page, '#go-admin').click();
  await at(page, '/admin/pages/index/index');
  await expectText(shown(page, '#admin-who'), '蒋管理员');
  await shown(page, '#admin-audit-log').click();
  await at(page, '/admin/pages/audit-log/index');
  const entry = shown(page, '#audit-e2e-entry');
  await expectText(entry, '初始化管理员');
  await expectText(entry, '角色：项目经理 → 项目经理、系统管理员');
  expect(app.problems).toEqual([]);
});

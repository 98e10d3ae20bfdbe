// A staff member joins by invitation, in a real browser on the H5 build: an admin invites them from
// the admin console; in a fresh identity the invitee opens the join page with the code and lands
// on 工作台.
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

it('an admin invites an engineer, who opens the invitation and sees 工作台', async () => {
  const admin = await signIn(app, 'demo-admin');
  await shown(admin, '#tab-mine').click();
  await at(admin, '/pages/mine/index');
  await shown(admin, '#go-admin').click();
  await at(admin, '/admin/pages/index/index');
  await shown(admin, '#admin-staff-invite').click();
  await at(admin, '/admin/pages/staff-invite/index');

  await shown(admin, '#invite-name input').fill('刘师傅');
  await shown(admin, '#role-staff').click();
  await shown(admin, '#department-engineering').click();
  await shown(admin, '#community-demo-cuihu').click();
  await shown(admin, '#invite-submit').click();
  await shown(admin, '#invitation-created').waitFor();
  await shown(admin, '#invitation-qr').waitFor();
  const code = (await shown(admin, '#invitation-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Za-z0-9]{8,32}$/);
  await expectText(shown(admin, `#invitation-${code}`), '刘师傅');

  const invitee = await signIn(app, 'wx-new-engineer');
  await invitee.goto(`${app.baseUrl}/#/pages/join/index?code=${code}`);
  await at(invitee, '/pages/join/index');
  await shown(invitee, '#join-accept').click();
  await at(invitee, '/pages/workbench/index');
  await shown(invitee, '#tab-workbench').waitFor();

  // the code is spent: a second person is refused with the reason
  const late = await signIn(app, 'wx-late-engineer');
  await late.goto(`${app.baseUrl}/#/pages/join/index?scene=${encodeURIComponent(code)}`);
  await at(late, '/pages/join/index');
  await shown(late, '#join-accept').click();
  await expectText(shown(late, '#join-error'), '已被使用');
  expect(app.problems).toEqual([]);
});

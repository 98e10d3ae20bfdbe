// Announcements in the browser: the group admin writes an outage notice for 1栋 and publishes it;
// an owner of 1栋 sees it on 首页 and opens it, an owner of 2栋 does not see it; the admin reads
// who read it, also from a WeChat group (opened "as if from group X" in the browser build).
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

test('an outage notice for 1栋 reaches the owners of 1栋 only', async () => {
  const admin = await signIn(app, 'demo-group-admin');
  await shown(admin, '#tab-mine').click();
  await at(admin, '/pages/mine/index');
  await shown(admin, '#go-announcements').click();
  await at(admin, '/announce/pages/list/index');
  await shown(admin, '#announcement-new').click();
  await at(admin, '/announce/pages/edit/index');
  await shown(admin, '#kind-outage').click();
  await shown(admin, '#announcement-title input').fill('1栋明日停水通知');
  await shown(admin, '#announcement-body textarea').fill('因二次供水设备检修，1栋明日上午停水，请提前储水。');
  await shown(admin, '#audience-buildings').click();
  await shown(admin, '#building-1栋').click();
  await shown(admin, '#announcement-publish').click();
  await at(admin, '/announce/pages/detail/index');
  await expectText(shown(admin, '#announcement-status'), '已发布');

  const owner1 = await signIn(app, 'demo-owner-1');
  await expectText(shown(owner1, '#announcement-feed'), '1栋明日停水通知');
  await shown(owner1, '#announcement-feed .announcement-item').first().click();
  await at(owner1, '/pages/announcement/index');
  await expectText(shown(owner1, '#announcement'), '请提前储水');

  const owner2 = await signIn(app, 'demo-owner-2');
  await shown(owner2, '.quick').waitFor();
  await expect(shown(owner2, '#announcement-feed').count()).resolves.toBe(0);

  // the card opened in a WeChat group (the browser build's stand-in: ?group=)
  const [stored] = await app.cloud.documents('announcements');
  const fromGroup = await signIn(app, 'demo-owner-1');
  await fromGroup.goto(`${app.baseUrl}/#/pages/announcement/index?id=${String(stored._id)}&group=GroupE2E01`);
  await expectText(shown(fromGroup, '#announcement'), '请提前储水');

  await admin.reload();
  await at(admin, '/announce/pages/detail/index');
  await expectText(shown(admin, '#announcement-stats'), '阅读 1 人');
  expect(app.problems).toEqual([]);
});

test('a risky notice is held with the reason, and no owner sees it', async () => {
  app.cloud.cloud.contentCheck.setRiskyWords(['违禁词']);
  const admin = await signIn(app, 'demo-group-admin');
  await admin.goto(`${app.baseUrl}/#/announce/pages/edit/index`);
  await at(admin, '/announce/pages/edit/index');
  await shown(admin, '#announcement-title input').fill('小区活动通知');
  await shown(admin, '#announcement-body textarea').fill('本周六举办活动，内容含违禁词。');
  await shown(admin, '#announcement-publish').click();
  await at(admin, '/announce/pages/detail/index');
  await expectText(shown(admin, '#announcement-hold'), '未通过微信内容安全检查');

  const owner = await signIn(app, 'demo-owner-2');
  await shown(owner, '.quick').waitFor();
  await expect(shown(owner, '#announcement-feed').count()).resolves.toBe(0);
  app.cloud.cloud.contentCheck.reset();
  expect(app.problems).toEqual([]);
});

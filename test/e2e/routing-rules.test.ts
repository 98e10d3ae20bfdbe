// An administrator edits the routing rules in 管理后台 → 分派规则: adds a rule, tries a sample
// request against it, deletes it and puts it back with 撤销.
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

test('an administrator adds a routing rule, tries it, deletes it and undoes the deletion', async () => {
  const page = await signIn(app, 'demo-admin');
  await shown(page, '#tab-mine').click();
  await at(page, '/pages/mine/index');
  await shown(page, '#go-admin').click();
  await at(page, '/admin/pages/index/index');
  await shown(page, '#admin-routing').click();
  await at(page, '/admin/pages/routing/index');
  await expectText(shown(page, '#rule-6'), '其余由客服中心处理');

  // a complaint about the lift goes to engineering
  await shown(page, '#rule-new').click();
  await shown(page, '#rule-name input').fill('电梯投诉转工程部');
  await shown(page, '#rule-words input').fill('电梯');
  await shown(page, '#rule-department-engineering').click();
  await shown(page, '#rule-escalate-manager').click();
  await shown(page, '#rule-save').click();
  await expectText(shown(page, '#rule-6'), '电梯投诉转工程部');
  await expectText(shown(page, '#rule-6'), '类别是投诉，且内容含“电梯” → 转工程部，通知项目经理');
  await expectText(shown(page, '#rule-7'), '其余由客服中心处理');

  // 试一试: a sample complaint about the lift, then one about noise
  await shown(page, '#try-category-complaint').click();
  await shown(page, '#try-description textarea').fill('电梯又停了');
  await expectText(shown(page, '#try-result'), '这条诉求会被分到：转工程部，通知项目经理（第6条「电梯投诉转工程部」）');
  await shown(page, '#try-description textarea').fill('楼上噪音');
  await expectText(shown(page, '#try-result'), '这条诉求会被分到：转客服中心（第7条「其余由客服中心处理」）');

  // deleted, then put back
  await shown(page, '#rule-6 .rule-remove').click();
  await expectText(shown(page, '#rule-6'), '其余由客服中心处理');
  await shown(page, '#rule-undo').click();
  await expectText(shown(page, '#rule-6'), '电梯投诉转工程部');

  const stored = (await app.cloud.documents('routing_rules'))[0] as { version: number; rules: Array<{ name: string }> };
  expect(stored.version).toBe(4);
  expect(stored.rules.map((r) => r.name)).toContain('电梯投诉转工程部');
  expect(app.problems).toEqual([]);
});

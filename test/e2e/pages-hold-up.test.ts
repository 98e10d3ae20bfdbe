// Each page in the states a person meets besides the happy path: a reload, an empty filter,
// a reader with no home here, a request that is not theirs.
import { aRepairRequest } from '../support/requests';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

async function fileRepair(owner: string, description: string): Promise<{ id: string; number: string }> {
  const me = await app.cloud.ok<{ units: Array<{ id: string }> }>('user', { action: 'me' }, owner);
  // no photo: the request is read in a browser, which would fetch it
  return app.cloud.ok(
    'ticket',
    aRepairRequest({ description, photos: [], location: { kind: 'unit', unitId: me.units[0].id } }),
    owner,
  );
}

test('工作台 lists the inbox again after a reload, and a resolved request waits for the owner, not for staff', async () => {
  const filed = await fileRepair('demo-owner-1', '卫生间地漏返味严重');
  const page = await signIn(app, 'demo-engineering');
  await page.goto(`${app.baseUrl}/#/pages/workbench/index`);
  await at(page, '/pages/workbench/index');
  await shown(page, `#ticket-${filed.number}`).waitFor();

  await page.reload();
  await at(page, '/pages/workbench/index');
  await shown(page, `#ticket-${filed.number}`).waitFor();

  await app.cloud.ok('ticket', { action: 'accept', ticketId: filed.id }, 'demo-engineering');
  await app.cloud.ok(
    'ticket',
    { action: 'resolve', ticketId: filed.id, text: '已疏通并更换防臭地漏' },
    'demo-engineering',
  );
  await shown(page, '#inbox-done').click();
  const card = shown(page, `#ticket-${filed.number}`);
  await expectText(card, '待业主评价');
  await expect(card.textContent()).resolves.not.toContain('待您评价');
  expect(app.problems).toEqual([]);
});

test("我的 keeps its filters when one of them is empty, and switching shows only that filter's requests", async () => {
  const filed = await fileRepair('demo-owner-2', '阳台推拉门关不严');
  const page = await signIn(app, 'demo-owner-2');
  await shown(page, '#tab-mine').click();
  await at(page, '/pages/mine/index');
  await shown(page, `#ticket-${filed.number}`).waitFor();

  await shown(page, '#filter-done').click();
  await expectText(shown(page, '.state__text'), '还没有已完成的诉求');
  await expect(shown(page, `#ticket-${filed.number}`).count()).resolves.toBe(0);
  await shown(page, '#filter-all').click();
  await shown(page, `#ticket-${filed.number}`).waitFor();
  expect(app.problems).toEqual([]);
});

test('我的 for staff points to the workbench, and for a new WeChat user says how to get bound', async () => {
  const staff = await signIn(app, 'demo-security');
  await shown(staff, '#tab-mine').click();
  await at(staff, '/pages/mine/index');
  await expectText(shown(staff, '.profile__name'), '孙队长');
  await shown(staff, '#go-workbench').click();
  await at(staff, '/pages/workbench/index');

  const newcomer = await signIn(app, 'someone-new');
  await shown(newcomer, '#tab-mine').click();
  await at(newcomer, '/pages/mine/index');
  await expectText(shown(newcomer, '.not-bound__title'), '您还未绑定房屋');
  await expect(shown(newcomer, '.state__retry').count()).resolves.toBe(0);
  expect(app.problems).toEqual([]);
});

test("another owner's request is a way home, not a dead end", async () => {
  const filed = await fileRepair('demo-owner-1', '入户门门锁卡顿');
  const page = await signIn(app, 'demo-owner-2');
  await page.goto(`${app.baseUrl}/#/pages/ticket/index?id=${encodeURIComponent(filed.id)}`);
  await at(page, '/pages/ticket/index');
  await expectText(shown(page, '.state__text'), '不存在');
  await expect(shown(page, '.ticket__description').count()).resolves.toBe(0);
  await shown(page, '#go-home').click();
  await at(page, '/pages/home/index');
});

test('an enabled button is drawn enabled: 提交 on the 报事 page is white on green until tapped', async () => {
  const page = await signIn(app, 'demo-owner-1');
  await shown(page, '#tab-file').click();
  await at(page, '/pages/file/index');
  const submit = shown(page, '#submit');
  await expect(submit.getAttribute('disabled')).resolves.toBeNull();
  await expect(submit.evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgb(255, 255, 255)');
});

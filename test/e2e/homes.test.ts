// Binding a home in a real browser, on the H5 build over the local cloud: a new WeChat user picks
// their unit, verifies their phone with the stand-in of WeChat's phone dialog, is bound at once (the
// register lists that phone for the unit) and files a request with phone and home already filled
// in. A request being written survives a reload as a draft until it is discarded.
import type { Page } from 'playwright-core';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

async function registerOwner(unitId: string, name: string, phone: string): Promise<void> {
  const answer = await app.cloud.cloud.database.handle('database.insertDocument', {
    collectionName: 'register',
    data: [JSON.stringify({ _id: `reg-${unitId}`, communityId: 'demo-cuihu', unitId, name, phone, relation: 'owner' })],
  });
  if ('code' in answer) throw new Error(JSON.stringify(answer));
}

/** Taps the chip that reads `text` in the picker field `prefix` (community, building, entrance, room). */
async function pick(page: Page, prefix: string, text: string): Promise<void> {
  const chip = shown(page, `[id^="${prefix}-"]`).filter({ hasText: text }).first();
  await chip.click();
  await expect(chip.getAttribute('class')).resolves.toContain('chip--on');
}

test('a new WeChat user binds their home with a verified phone and files a request already filled in', async () => {
  await registerOwner('demo-unit-3-2-302', '孔业主', '13900000302');
  const page = await signIn(app, 'wx-newcomer-e2e');
  await shown(page, '#tab-mine').click();
  await at(page, '/pages/mine/index');
  await shown(page, '#not-bound-bind').click();
  await at(page, '/pages/bind/index');

  await pick(page, 'community', '翠湖花园');
  await pick(page, 'building', '3栋');
  await pick(page, 'entrance', '2单元');
  await pick(page, 'room', '302');
  await shown(page, '#bind-name input').fill('孔业主');
  await shown(page, '#verify-phone').click();
  await shown(page, '#phone-dialog-number input').fill('13900000302');
  await shown(page, '#phone-dialog-allow').click();
  await expectText(shown(page, '#verified-phone'), '139****0302');
  await shown(page, '#bind-submit').click();

  await at(page, '/pages/file/index');
  await expect(shown(page, '#contact-phone input').inputValue()).resolves.toBe('13900000302');
  await expectText(shown(page, '.field__value'), '3栋2单元302');
  await shown(page, '#category-repair').click();
  await shown(page, '#description textarea').fill('卫生间地漏反味，请派人检查');
  await shown(page, '#submit').click();
  await at(page, '/pages/ticket/index');
  await expectText(shown(page, '.ticket__description'), '卫生间地漏反味');

  const [ticket] = (await app.cloud.documents('tickets')).filter((t) => t.ownerOpenid === 'wx-newcomer-e2e');
  expect(ticket).toMatchObject({ unitId: 'demo-unit-3-2-302', contactPhone: '13900000302', ownerName: '孔业主' });
  expect(app.problems).toEqual([]);
});

test('a request being written survives a reload as a draft, until it is discarded', async () => {
  const page = await signIn(app, 'demo-owner-2');
  await shown(page, '#tab-file').click();
  await at(page, '/pages/file/index');
  await shown(page, '#category-complaint').click();
  await shown(page, '#description textarea').fill('楼上夜间装修噪音很大');
  await shown(page, '#contact-phone input').fill('13700137000');

  await page.reload();
  await at(page, '/pages/file/index');
  await expect(shown(page, '#description textarea').inputValue()).resolves.toBe('楼上夜间装修噪音很大');
  await expect(shown(page, '#contact-phone input').inputValue()).resolves.toBe('13700137000');
  await expect(shown(page, '#category-complaint').getAttribute('class')).resolves.toContain('chip--on');

  await shown(page, '#discard-draft').click();
  await shown(page, '.taro-model__confirm').click();
  await expect(shown(page, '#description textarea').inputValue()).resolves.toBe('');
  await page.reload();
  await at(page, '/pages/file/index');
  await shown(page, '#description textarea').waitFor();
  await expect(shown(page, '#description textarea').inputValue()).resolves.toBe('');
  await expect(shown(page, '#discard-draft').count()).resolves.toBe(0);
  expect(app.problems).toEqual([]);
});

test('an owner invites a family member, who opens the link, joins the home once, and shows in the household', async () => {
  const owner = await signIn(app, 'demo-owner-1');
  await shown(owner, '#tab-mine').click();
  await at(owner, '/pages/mine/index');
  await shown(owner, '#invite-family-demo-unit-1-1-101').click();
  await shown(owner, '#invite-create-demo-unit-1-1-101').click();
  const link = (await shown(owner, '#invite-link-demo-unit-1-1-101').textContent()) ?? '';
  expect(link).toMatch(/#\/pages\/invite\/index\?code=[A-Za-z0-9]{16}$/);

  const family = await signIn(app, 'wx-family-e2e');
  await family.goto(link);
  await at(family, '/pages/invite/index');
  await expectText(shown(family, '.card'), '张业主 邀请您以「家属」身份加入');
  await shown(family, '#invite-name input').fill('张家属');
  await shown(family, '#invite-accept').click();
  await at(family, '/pages/mine/index');
  await expectText(shown(family, '.my-homes__unit'), '1栋1单元101 · 家属');

  // the same link a second time: refused
  const other = await signIn(app, 'wx-latecomer-e2e');
  await other.goto(link);
  await at(other, '/pages/invite/index');
  await expectText(shown(other, '#invite-state'), '已被使用');

  await owner.reload();
  await at(owner, '/pages/mine/index');
  await expectText(shown(owner, '.household .list-row__title'), '张家属');
  expect(app.problems).toEqual([]);
});

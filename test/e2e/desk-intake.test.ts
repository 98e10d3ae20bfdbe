// The service desk records a phone complaint for an owner (代客登记, from 工作台), and the owner
// finds it in 我的 with the desk's entry on its timeline.
import type { Page } from 'playwright-core';
import { at, expectText, shown, signIn as signInAs, useAppUnderTest } from './support/app';

const app = useAppUnderTest();
const signIn = (openid: string) => signInAs(app, openid);

const headlines = (page: Page) => shown(page, '.timeline__what').allTextContents();

test('the service desk records a phone complaint for an owner, who sees it in 我的', async () => {
  const desk = await signIn('demo-receptionist');
  await shown(desk, '#tab-workbench').click();
  await at(desk, '/pages/workbench/index');
  await shown(desk, '#go-desk-intake').click();
  await at(desk, '/pages/desk-intake/index');
  await expect(shown(desk, '#channel-hotline').getAttribute('class')).resolves.toContain('chip--on');

  // the owner is found by their unit: community → building → entrance → room
  await shown(desk, '#community-demo-cuihu').click();
  await shown(desk, '#building-0').click();
  await shown(desk, '#entrance-0').click();
  await shown(desk, '#room-demo-unit-1-1-101').click();
  const owner = shown(desk, '[id="candidate-demo-unit-1-1-101-account-张业主"]');
  await expectText(owner, '已注册');
  await expectText(owner, '✓'); // the only person of the unit is taken at once
  await expect(shown(desk, '#contact-phone input').inputValue()).resolves.toBe('13812345678');

  const description = '楼上装修噪音太大，晚上十点还在施工';
  await shown(desk, '#category-complaint').click();
  await shown(desk, '#description textarea').fill(description);
  await shown(desk, '#submit').click();

  await at(desk, '/pages/ticket/index');
  await expectText(shown(desk, '.ticket__description'), description);
  expect(await headlines(desk)).toEqual(['客服中心代业主登记（电话）']);
  const number = /ED\d{8}-\d{4}/.exec((await shown(desk, '.ticket__number').textContent()) ?? '')?.[0];
  expect(number).toBeDefined();

  // the owner finds it under 我的, and reads who recorded it and how it came
  const page = await signIn('demo-owner-1');
  await shown(page, '#tab-mine').click();
  await at(page, '/pages/mine/index');
  const card = shown(page, `#ticket-${number}`);
  await card.waitFor();
  await expectText(card, '投诉');
  await card.click();
  await at(page, '/pages/ticket/index');
  await expectText(shown(page, '.ticket__description'), description);
  expect(await headlines(page)).toEqual(['客服中心代业主登记（电话）']);
  await expectText(shown(page, '.timeline__who'), '王客服');
  expect(app.problems).toEqual([]);
});

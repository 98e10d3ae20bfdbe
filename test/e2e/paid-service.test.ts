// A paid service in a real browser: the department quotes in the app, the owner reads the price on
// their request and accepts it, and the work starts; a second owner's request is withdrawn.
import type { Page } from 'playwright-core';
import type { TicketView } from '../../cloudfunctions/domain/api';
import { aRepairRequest } from '../support/requests';
import { at, expectText, shown, signIn as signInAs, useAppUnderTest } from './support/app';

const app = useAppUnderTest();
const signIn = (openid: string) => signInAs(app, openid);

async function openTicket(openid: string, id: string): Promise<Page> {
  const page = await signIn(openid);
  await page.goto(`${app.baseUrl}/#/pages/ticket/index?id=${id}`);
  await at(page, '/pages/ticket/index');
  return page;
}

const statusOf = (page: Page, status: string) => expectText(shown(page, '.ticket__head .status-tag'), status);

test('the department quotes a paid service, and the owner accepts the price before the work starts', async () => {
  const filed = await app.cloud.ok<TicketView>(
    'ticket',
    aRepairRequest({ category: 'paid_service', description: '想请师傅上门清洗油烟机一台', photos: [] }),
    'demo-owner-1',
  );

  const staff = await openTicket('demo-environment', filed.id);
  await statusOf(staff, '待受理');
  await shown(staff, '#quote-amount input').fill('12.345');
  await shown(staff, '#quote-items textarea').fill('油烟机深度清洗一台，含上门费');
  await shown(staff, '#quote-submit').click();
  await expectText(shown(staff, '.field__error'), '请填写正确的报价金额');
  await shown(staff, '#quote-amount input').fill('120');
  await shown(staff, '#quote-submit').click();
  await statusOf(staff, '待确认报价');
  await expectText(shown(staff, '.timeline__what'), '报价 ¥120.00');

  const owner = await openTicket('demo-owner-1', filed.id);
  await statusOf(owner, '待确认报价');
  await expectText(shown(owner, '#quote-price'), '¥120.00');
  await expectText(shown(owner, '.quote-answer'), '油烟机深度清洗一台，含上门费');
  await shown(owner, '#quote-accept').click();
  await statusOf(owner, '处理中');
  await expect(shown(owner, '#quote-accept').count()).resolves.toBe(0);
  await expectText(shown(owner, '.timeline__what'), '确认了报价');
  expect(app.problems).toEqual([]);
});

test('an owner withdraws a request nobody has accepted, with a reason', async () => {
  const filed = await app.cloud.ok<TicketView>('ticket', aRepairRequest({ photos: [] }), 'demo-owner-1');
  const owner = await openTicket('demo-owner-1', filed.id);
  await statusOf(owner, '待受理');
  await shown(owner, '#withdraw-open').click();
  await shown(owner, '#withdraw-submit').click();
  await expectText(shown(owner, '.field__error'), '请填写撤销原因');
  await shown(owner, '#withdraw-reason input').fill('已自行修好了');
  await shown(owner, '#withdraw-submit').click();
  await statusOf(owner, '已撤销');
  await expectText(shown(owner, '.timeline__text'), '已自行修好了');
  await expect(shown(owner, '#withdraw-open').count()).resolves.toBe(0);
  expect(app.problems).toEqual([]);
});

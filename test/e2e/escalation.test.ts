// Promises in the browser, with the dev clock moved: an overdue request, escalated by the timer,
// shows under 升级给我 on the department head's 工作台 and among its overdue requests; the owner
// reads the promised time in words on the request's page.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';
import { aRepairRequest } from '../support/requests';

const app = useAppUnderTest();

test("an overdue repair shows as escalated on the engineering head's 工作台", async () => {
  // Tuesday 2026-11-24 10:00: engineering promises to accept within 15 minutes
  app.cloud.setClock('2026-11-24T10:00:00+08:00');
  const filed = await app.cloud.ok<TicketView>(
    'ticket',
    aRepairRequest({ description: '厨房下水道堵塞', photos: [] }),
    'demo-owner-1',
  );

  const owner = await signIn(app, 'demo-owner-1');
  await owner.goto(`${app.baseUrl}/#/pages/ticket/index?id=${filed.id}`);
  await at(owner, '/pages/ticket/index');
  await expectText(shown(owner, '.next-step__label'), '工程部受理，承诺今天10:15前响应');

  app.cloud.advance(16);
  await app.cloud.cloud.runTimer('timer');

  const head = await signIn(app, 'demo-engineering-head');
  await head.goto(`${app.baseUrl}/#/pages/workbench/index`);
  await at(head, '/pages/workbench/index');
  await expectText(shown(head, '#inbox-escalated'), '升级给我');
  await shown(head, '#inbox-escalated').click();
  const card = shown(head, `#ticket-${filed.number}`);
  await expectText(card, '已升级至主管');
  await shown(head, '#inbox-overdue').click();
  await shown(head, `#ticket-${filed.number}`).waitFor();

  // engineering staff have no 升级给我: nothing is escalated to them
  const engineer = await signIn(app, 'demo-engineering');
  await engineer.goto(`${app.baseUrl}/#/pages/workbench/index`);
  await at(engineer, '/pages/workbench/index');
  await shown(engineer, '#inbox-overdue').waitFor();
  await expect(shown(engineer, '#inbox-escalated').count()).resolves.toBe(0);
  expect(app.problems).toEqual([]);
});

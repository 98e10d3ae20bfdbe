// 消息 in the browser: the owner sees engineering's acceptance with an unread badge in 我的, reads
// it (the badge goes), and opens the request from it; engineering sees the new request in 消息 from
// 工作台; an administrator sees a parked effect in 失败任务 and retries it.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { aRepairRequest } from '../support/requests';
import { pendingEffectsOf, setFields } from '../functions/support/database';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

test('the owner reads what engineering did in 消息, with an unread badge in 我的', async () => {
  const created = await app.cloud.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
  await app.cloud.ok('ticket', { action: 'accept', ticketId: created.id }, 'demo-engineering');

  const owner = await signIn(app, 'demo-owner-1');
  await shown(owner, '#tab-mine').click();
  await at(owner, '/pages/mine/index');
  await expectText(shown(owner, '#messages-unread'), '1');
  await shown(owner, '#go-messages').click();
  await at(owner, '/pages/messages/index');
  await expectText(shown(owner, '.message'), `您的报修（${created.number}）已受理`);

  const engineer = await signIn(app, 'demo-engineering');
  await shown(engineer, '#tab-workbench').click();
  await at(engineer, '/pages/workbench/index');
  await shown(engineer, '#go-messages').click();
  await at(engineer, '/pages/messages/index');
  await expectText(shown(engineer, '.message'), `新报修（${created.number}）待受理`);

  // read: back in 我的 the badge is gone; the message opens its request
  await owner.goBack();
  await at(owner, '/pages/mine/index');
  await expect(shown(owner, '#messages-unread').count()).resolves.toBe(0);
  await shown(owner, '#go-messages').click();
  await at(owner, '/pages/messages/index');
  await shown(owner, `#message-${created.id}-2-0`).click();
  await at(owner, '/pages/ticket/index');
  expect(app.problems).toEqual([]);
});

test('an administrator retries a parked effect from 失败任务', async () => {
  const created = await app.cloud.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
  const [ticket] = (await app.cloud.documents('tickets')).filter((t) => t._id === created.id);
  const key = `${created.id}:9:0`;
  await setFields(app.cloud, 'tickets', created.id, {
    // a kind of effect this build of the timer has no handler for (a newer deployment recorded it)
    pendingEffects: [{ type: 'SEND_SUBSCRIPTION', key, at: ticket.updatedAt, state: 'pending', attempts: 4 }],
    pendingEffectsAt: ticket.updatedAt,
  });
  await app.cloud.cloud.runTimer('timer'); // the fifth failure parks it

  const admin = await signIn(app, 'demo-admin');
  await admin.goto(`${app.baseUrl}/#/admin/pages/parked-effects/index`);
  await at(admin, '/admin/pages/parked-effects/index');
  const card = shown(admin, `#parked-${created.id}-9-0`);
  await expectText(card, 'SEND_SUBSCRIPTION');
  await expectText(card, 'no handler for SEND_SUBSCRIPTION');
  await shown(admin, `#retry-${created.id}-9-0`).click();
  await expectText(shown(admin, '.state'), '没有失败的任务');
  expect(await pendingEffectsOf(app.cloud, created.id)).toEqual([expect.objectContaining({ key, attempts: 0 })]);
  expect(app.problems).toEqual([]);
});

// Subscription messages in the browser: the owner files a request and accepts the subscription in
// the stand-in for WeChat's prompt; engineering accepts the request; the message that acceptance
// sent is in the local outbox (GET /dev/outbox and the dev page), and staff see it on the request.
import { SUBSCRIPTION_TEMPLATES } from '../../cloudfunctions/domain/subscription-templates';
import type { OutboxEntry } from '../../local';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

test('an owner accepts the subscription while filing; the acceptance sends the message to the outbox', async () => {
  const description = '阳台地漏堵塞，积水漫到客厅';
  const owner = await signIn(app, 'demo-owner-1', { subscriptionPrompt: true });
  await shown(owner, '#tab-file').click();
  await at(owner, '/pages/file/index');
  await shown(owner, '#category-repair').click();
  await shown(owner, '#description textarea').fill(description);
  await expectText(shown(owner, '.field__hint'), `${description.length}/500`);
  await shown(owner, '#contact-phone input').fill('13800138000');
  await shown(owner, '#submit').click();

  // the stand-in prompt: the three templates of filing, each checked, 允许
  const dialog = owner.locator('#subscribe-dialog');
  await dialog.waitFor();
  await expectText(dialog, '工单受理通知');
  await expectText(dialog, '服务评价提醒');
  await owner.locator('#subscribe-allow').click();
  await at(owner, '/pages/ticket/index');
  await expectText(shown(owner, '.ticket__description'), description);
  const ticketId = new URL(owner.url().replace('#', '')).searchParams.get('id')!;
  const [ticket] = (await app.cloud.documents('tickets')).filter((t) => t._id === ticketId);

  // the grants are recorded (in the background of the submit): one message of acceptance allowed
  const granted = async () =>
    (await app.cloud.documents('subscription_quota')).some(
      (q) =>
        q.templateId === SUBSCRIPTION_TEMPLATES.ticket_accepted.id && q.openid === 'demo-owner-1' && q.remaining === 1,
    );
  for (let tries = 0; !(await granted()) && tries < 50; tries += 1) await owner.waitForTimeout(100);
  expect(await granted()).toBe(true);

  const engineer = await signIn(app, 'demo-engineering');
  await engineer.goto(`${app.baseUrl}/#/pages/ticket/index?id=${ticketId}`);
  await at(engineer, '/pages/ticket/index');
  await shown(engineer, '#action-accept').click();
  await expectText(shown(engineer, '#subscription-sends'), '工单受理通知 → 业主 张业主');
  await expectText(shown(engineer, '#subscription-sends'), '已发送');

  const outbox = (await (await fetch(`${app.baseUrl}/dev/outbox?api=subscribeMessage.send`)).json()) as {
    entries: OutboxEntry[];
  };
  const [sent] = outbox.entries.filter((e) => e.payload.touser === 'demo-owner-1');
  expect(sent).toMatchObject({
    ok: true,
    functionName: 'ticket',
    payload: {
      template_id: SUBSCRIPTION_TEMPLATES.ticket_accepted.id,
      page: `pages/ticket/index?id=${ticketId}`,
      data: {
        character_string1: { value: ticket.number },
        thing2: { value: description },
        phrase3: { value: '已受理' },
      },
    },
  });

  // and the dev page shows it, newest first, as WeChat would show its fields
  await owner.goto(`${app.baseUrl}/#/pages/dev-outbox/index`);
  await at(owner, '/pages/dev-outbox/index');
  const first = shown(owner, '.outbox-entry').first();
  await expectText(first, '工单受理通知');
  await expectText(first, String(ticket.number));
  await expectText(first, '发给 demo-owner-1');
  expect(app.problems).toEqual([]);
});

test('an owner asks for outage reminders on 首页; the next outage notice of their building reaches them', async () => {
  const owner = await signIn(app, 'demo-owner-1', { subscriptionPrompt: true });
  await shown(owner, '#outage-subscribe').click();
  const dialog = owner.locator('#subscribe-dialog');
  await dialog.waitFor();
  await expectText(dialog, SUBSCRIPTION_TEMPLATES.outage_notice.title);
  await owner.locator('#subscribe-allow').click();
  const granted = async () =>
    (await app.cloud.documents('subscription_quota')).some(
      (q) =>
        q.templateId === SUBSCRIPTION_TEMPLATES.outage_notice.id && q.openid === 'demo-owner-1' && q.remaining === 1,
    );
  for (let tries = 0; !(await granted()) && tries < 50; tries += 1) await owner.waitForTimeout(100);
  expect(await granted()).toBe(true);

  // the group admin publishes an outage for 1栋 (the owner's building) starting tomorrow
  const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
  const draft = await app.cloud.ok<{ id: string }>(
    'announcement',
    {
      action: 'save',
      kind: 'outage',
      title: '1栋明日停电通知',
      body: '因配电房检修，1栋明日上午停电。',
      outage: { startAt: `${tomorrow}T08:00:00+08:00`, endAt: `${tomorrow}T12:00:00+08:00` },
      audience: { all: false, buildings: ['1栋'] },
    },
    'demo-group-admin',
  );
  await app.cloud.ok('announcement', { action: 'publish', id: draft.id }, 'demo-group-admin');
  await app.cloud.cloud.runTimer('timer');

  const outbox = (await (await fetch(`${app.baseUrl}/dev/outbox?api=subscribeMessage.send`)).json()) as {
    entries: OutboxEntry[];
  };
  const outage = outbox.entries.filter((e) => e.payload.template_id === SUBSCRIPTION_TEMPLATES.outage_notice.id);
  expect(outage.map((e) => e.payload.touser)).toEqual(['demo-owner-1']);
  expect(app.problems).toEqual([]);
});

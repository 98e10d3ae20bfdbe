// Return visits in a real browser: a complaint closes, its PLAN_VISIT is carried out (by the
// handler, as the dispatcher will), and the service desk finds the task from 工作台, records that
// the owner is not satisfied, and the request goes back to be handled again.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { wxCloud } from '../../cloudfunctions/server/cloud';
import { planVisit } from '../../cloudfunctions/server/effects/handlers/plan-visit';
import { createRepositories } from '../../cloudfunctions/server/repositories';
import { aRepairRequest } from '../support/requests';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

test('the service desk records an unsatisfied visit from 工作台 and the complaint is handled again', async () => {
  const { ok } = app.cloud;
  const created = await ok<TicketView>(
    'ticket',
    aRepairRequest({ category: 'complaint', description: '电梯里的广告屏声音太大', photos: [] }),
    'demo-owner-1',
  );
  await ok('ticket', { action: 'accept', ticketId: created.id }, 'demo-receptionist');
  await ok('ticket', { action: 'resolve', ticketId: created.id, text: '已调低音量并致歉' }, 'demo-receptionist');
  await ok('ticket', { action: 'rate', ticketId: created.id, score: 4, tags: [] }, 'demo-owner-1');
  const repos = createRepositories(wxCloud().database());
  const ticket = await repos.tickets.get(created.id);
  const effect = {
    type: 'PLAN_VISIT' as const,
    reason: 'complaint' as const,
    key: `${created.id}:${ticket!.version}:0`,
    at: ticket!.updatedAt,
  };
  await planVisit(effect, { repos, now: new Date(), ticket: ticket! });

  const page = await signIn(app, 'demo-receptionist');
  await shown(page, '#tab-workbench').click();
  await at(page, '/pages/workbench/index');
  await shown(page, '#go-visits').click();
  await at(page, '/pages/visits/index');
  const visitId = `plan_${created.id}_${ticket!.version}_0`;
  const card = shown(page, `#visit-${visitId}`);
  await expectText(card, '投诉回访');
  await expectText(card, created.number);
  await expectText(card, '前回访');

  // nobody answers the first call: the task stays open with the attempt
  await shown(page, `#visit-record-${visitId}`).click();
  await shown(page, `#visit-answer-${visitId}-unreached`).click();
  await shown(page, `#visit-notes-${visitId} textarea`).fill('电话无人接听');
  await shown(page, `#visit-submit-${visitId}`).click();
  await expectText(shown(page, `#visit-${visitId} .visit-card__attempt`), '未联系上，电话无人接听');

  // the second call: not satisfied, with the reason
  await shown(page, `#visit-record-${visitId}`).click();
  await shown(page, `#visit-answer-${visitId}-unsatisfied`).click();
  await expectText(shown(page, `#visit-${visitId} .notice--warn`), '退回原部门');
  await shown(page, `#visit-notes-${visitId} textarea`).fill('晚上声音还是很大');
  await shown(page, `#visit-submit-${visitId}`).click();
  await expect(shown(page, `#visit-${visitId}`).waitFor({ state: 'detached' })).resolves.toBeUndefined();
  await shown(page, '#visits-done').click();
  await expectText(shown(page, `#visit-${visitId}`), '不满意，已退回处理');

  // the request is being handled again, and its page shows the visit to staff
  await shown(page, `#visit-${visitId} .link`).click();
  await at(page, '/pages/ticket/index');
  await expectText(shown(page, '.ticket__head .status-tag'), '重新处理');
  await expectText(shown(page, '.timeline__text'), '回访不满意：晚上声音还是很大');
  await expectText(shown(page, '.ticket-visits'), '晚上声音还是很大');
  expect(app.problems).toEqual([]);
});

// Return visits in a real browser: a complaint closes, the dispatcher plans its visit, and the
// service desk finds the task from 工作台, records that the owner is not satisfied, and the request
// goes back to be handled again.
import { aClosedComplaint } from '../functions/support/flows';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

test('the service desk records an unsatisfied visit from 工作台 and the complaint is handled again', async () => {
  const created = await aClosedComplaint(app.cloud, 'demo-owner-1', '电梯里的广告屏声音太大');
  const [planned] = (await app.cloud.documents('visits')).filter((v) => v.ticketId === created.id);
  const visitId = String(planned?._id);

  const page = await signIn(app, 'demo-receptionist');
  await shown(page, '#tab-workbench').click();
  await at(page, '/pages/workbench/index');
  await shown(page, '#go-visits').click();
  await at(page, '/pages/visits/index');
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

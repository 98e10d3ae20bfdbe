// Surveys in a real browser: a manager publishes a satisfaction survey, the owner finds it in 我的,
// answers it once, and finds the form gone when they come back; a second answer is refused.
import type { SurveySummaryView } from '../../cloudfunctions/domain/surveys/survey';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

const RATINGS = ['overall', 'desk', 'repair', 'security', 'cleaning', 'greening'];

test('an owner answers a survey from 我的 once and cannot answer it twice', async () => {
  const draft = await app.cloud.ok<SurveySummaryView>(
    'survey',
    { action: 'create', communityId: 'demo-cuihu', template: 'satisfaction', title: '年中满意度调查' },
    'demo-manager',
  );
  await app.cloud.ok('survey', { action: 'open', surveyId: draft.id }, 'demo-manager');

  const page = await signIn(app, 'demo-owner-1');
  await shown(page, '#tab-mine').click();
  await at(page, '/pages/mine/index');
  await expectText(shown(page, `#survey-${draft.id}`), '年中满意度调查');
  await shown(page, `#survey-${draft.id}`).click();
  await at(page, '/surveys/pages/answer/index');
  await expectText(shown(page, '.profile__name'), '年中满意度调查');

  // a required rating left out is named, and nothing is sent
  await shown(page, '#survey-submit').click();
  await expectText(shown(page, '#q-overall .field__error'), '请回答');

  for (const [i, id] of RATINGS.entries()) await shown(page, `#q-${id} #rating-${i === 2 ? 2 : 4}`).click();
  await shown(page, '#q-focus-repair').click();
  await shown(page, '#q-comments-text textarea').fill('报修后等了三天才有人来');
  await shown(page, '#survey-submit').click();
  await expectText(shown(page, '#survey-answered'), '每户每份问卷只需填写一次');
  expect(await page.locator('#survey-submit').count()).toBe(0);

  const [stored] = await app.cloud.documents('survey_answers');
  expect(stored).toMatchObject({ surveyId: draft.id, openid: 'demo-owner-1', hasProblem: true });

  // coming back: no form, and 我的 no longer asks
  await page.reload();
  await expectText(shown(page, '#survey-answered'), '感谢您的参与');
  expect(await page.locator('#survey-submit').count()).toBe(0);
  const again = await app.cloud.call(
    'survey',
    { action: 'answer', surveyId: draft.id, answers: RATINGS.map((q) => ({ q, picks: ['5'] })) },
    'demo-owner-1',
  );
  expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_ANSWERED' } });
  expect(await app.cloud.documents('survey_answers')).toHaveLength(1);
  await page.goto(`${app.baseUrl}/#/pages/mine/index`);
  await at(page, '/pages/mine/index');
  await shown(page, '#go-messages').waitFor();
  expect(await page.locator(`#survey-${draft.id}`).count()).toBe(0);
  expect(app.problems).toEqual([]);
});

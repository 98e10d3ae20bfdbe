// 首页, 服务指南 and the FAQ in the browser: an owner finds the numbers to call on 首页, types a
// consultation in their own words, sees the matching answer, taps 这解决了我的问题 and leaves without
// filing — counted, and shown to the administrator as the month's share; the administrator adds a
// question that owners then find in 服务指南; a new WeChat user reads what the product is.
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

test('a consultation typed in other words shows the matching answer, and 这解决了我的问题 is counted', async () => {
  const owner = await signIn(app, 'demo-owner-1');
  await expectText(shown(owner, '#call-service-desk'), '0571-88886666');
  await expectText(shown(owner, '#call-duty'), '0571-88887777');
  // the category tiles are drawn from SVG icons, not emoji
  expect(await shown(owner, '#quick-consultation img').count()).toBe(1);

  await shown(owner, '#quick-consultation').click();
  await at(owner, '/pages/file/index');
  await shown(owner, '#description textarea').fill('请问物业管理费如何缴纳');
  const suggestions = shown(owner, '#faq-suggestions');
  await expectText(suggestions, '物业费怎么交？');
  await expectText(suggestions, '可在客服中心现场缴纳');
  await shown(owner, '#faq-solved-faq-fee').click();
  await at(owner, '/pages/home/index');

  const [stats] = await app.cloud.documents('faq_stats');
  expect(stats).toMatchObject({ communityId: 'demo-cuihu', shown: 1, solved: 1, filed: 0, solvedBy: { 'faq-fee': 1 } });
  expect((await app.cloud.documents('tickets')).filter((t) => t.category === 'consultation')).toEqual([]);
  // the form was emptied: the next visit starts afresh
  await shown(owner, '#quick-consultation').click();
  await at(owner, '/pages/file/index');
  expect(await shown(owner, '#description textarea').inputValue()).toBe('');
  expect(await shown(owner, '#faq-suggestions').count()).toBe(0);

  // text unrelated to every question shows no answer
  await shown(owner, '#description textarea').fill('楼上邻居晚上装修声音太吵了');
  await owner.waitForTimeout(600); // the text settles for 300 ms before it is matched
  expect(await shown(owner, '#faq-suggestions').count()).toBe(0);
  expect(app.problems).toEqual([]);
});

test('the administrator reads the share, adds a question, and owners find it in 服务指南', async () => {
  const admin = await signIn(app, 'demo-admin');
  await admin.goto(`${app.baseUrl}/#/admin/pages/guide/index`);
  await at(admin, '/admin/pages/guide/index');
  // the first test's owner solved one consultation and none was filed
  await expectText(shown(admin, '#deflection-share'), '100%');
  await expectText(shown(admin, '#deflection-solved'), '1');

  await shown(admin, '#guide-faq-new').click();
  await shown(admin, '#guide-faq-question input').fill('小区可以养狗吗？');
  await shown(admin, '#guide-faq-answer textarea').fill('可以，请办理犬证并文明牵绳。');
  await shown(admin, '#guide-faq-keywords input').fill('养狗、犬证');
  await shown(admin, '#guide-faq-save').click();
  await expectText(shown(admin, '.list-row__title'), '小区可以养狗吗？');
  const [entry] = (await app.cloud.documents('audit_log')).filter((e) => e.action === 'guide.faq.create');
  expect(entry).toMatchObject({ actor: { openid: 'demo-admin' }, after: { 问题: '小区可以养狗吗？' } });

  const owner = await signIn(app, 'demo-owner-2');
  await shown(owner, '#home-guide').click();
  await at(owner, '/pages/guide/index');
  await expectText(shown(owner, '#service-svc-cleaning'), '80元/小时');
  await shown(owner, '#faq-search input').fill('养狗要办什么');
  await expectText(shown(owner, '.faq__question'), '小区可以养狗吗？');
  expect(app.problems).toEqual([]);
});

test('a new WeChat user reads what the product is and how to bind a home', async () => {
  const guest = await signIn(app, '王五');
  await expectText(shown(guest, '#home-welcome'), '物业服务台');
  await shown(guest, '#not-bound-bind').waitFor();
  expect(await shown(guest, '#call-service-desk').count()).toBe(0);
  expect(app.problems).toEqual([]);
});

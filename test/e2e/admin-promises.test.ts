// The promise settings in the browser: an administrator sets how long engineering has to accept a
// repair in the demo community and puts it back to the default, sets the warning share and the
// escalation span, and reads on 工作日历 that 2027's official dates are missing, then enters a
// make-up working day.
import type { Page } from 'playwright-core';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

async function openSection(section: string): Promise<Page> {
  const page = await signIn(app, 'demo-admin');
  await shown(page, '#tab-mine').click();
  await at(page, '/pages/mine/index');
  await shown(page, '#go-admin').click();
  await at(page, '/admin/pages/index/index');
  await shown(page, `#admin-${section}`).click();
  await at(page, `/admin/pages/${section}/index`);
  return page;
}

test("an admin sets a repair's accept promise to 1 hour, then back to the default", async () => {
  const page = await openSection('promises');
  const accept = shown(page, '#policy-accept');
  await expectText(accept, '15分钟（默认）');
  await accept.getByText('修改').click();
  await shown(page, '#policy-accept-value input').fill('1');
  await shown(page, '#policy-accept-unit-hours').click();
  await shown(page, '#policy-accept-save').click();
  await expectText(shown(page, '#policy-accept'), '1小时（本小区设置）');
  const [stored] = await app.cloud.documents('promise_policies');
  expect(stored).toMatchObject({ _id: 'demo-cuihu', spans: { repair: { accept: { unit: 'hours', value: 1 } } } });

  await shown(page, '#policy-accept').getByText('修改').click();
  await shown(page, '#policy-accept-reset').click();
  await expectText(shown(page, '#policy-accept'), '15分钟（默认）');
  expect(app.problems).toEqual([]);
});

test('an admin sets when handlers are warned and how long a miss waits before the manager hears of it', async () => {
  const page = await openSection('promises');
  await shown(page, '#policy-warn input').fill('80');
  await shown(page, '#policy-escalate-clock-value input').fill('90');
  await shown(page, '#policy-escalate-clock-unit-minutes').click();
  await shown(page, '#policy-options-save').click();
  await expectText(shown(page, '.notice'), '到时限的80%时提醒处理人');
  const stored = (await app.cloud.documents('promise_policies')).find((d) => d._id === 'demo-cuihu');
  expect(stored).toMatchObject({ warnShare: 0.8, escalateAfter: { clock: { unit: 'minutes', value: 90 } } });
  expect(app.problems).toEqual([]);
});

test("工作日历 says which year's official dates are missing, and takes a make-up working day", async () => {
  app.cloud.setClock('2026-11-24T10:00:00+08:00');
  const page = await openSection('calendar');
  await expectText(shown(page, '#calendar-missing'), '2027年的国务院放假安排尚未录入');
  await shown(page, '#holiday-2026-10-07').waitFor();
  await shown(page, '#workday-2026-10-10').waitFor();

  await shown(page, '#calendar-year-2027').click();
  await shown(page, '#holiday-2027-01-01').waitFor();
  await shown(page, '#calendar-day input').fill('2027-02-20');
  await shown(page, '#calendar-kind-workday').click();
  await shown(page, '#calendar-add').click();
  await shown(page, '#workday-2027-02-20').waitFor();
  const year = (await app.cloud.documents('calendar')).find((d) => d._id === '2027');
  expect(year).toMatchObject({ workdays: ['2027-02-20'], official: false });
  expect(app.problems).toEqual([]);
});

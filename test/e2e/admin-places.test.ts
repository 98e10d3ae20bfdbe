// The admin console's places pages in the browser: an administrator imports the owner register from
// a workbook (a bad row is reported and nothing is written; the good file is confirmed and its units
// appear under 房屋), downloads the template, sees the function's refusals in plain words, and edits
// a community; a manager reads communities and units without any edit control.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { registerWorkbook } from '../functions/support/register-workbook';
import type { RegisterRowValues } from '../functions/support/register-workbook';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function openSection(openid: string, section: string): Promise<Page> {
  const page = await signIn(app, openid);
  await shown(page, '#tab-mine').click();
  await at(page, '/pages/mine/index');
  await shown(page, '#go-admin').click();
  await at(page, '/admin/pages/index/index');
  await shown(page, `#admin-${section}`).click();
  await at(page, `/admin/pages/${section}/index`);
  return page;
}

async function chooseWorkbook(page: Page, name: string, rows: RegisterRowValues[]): Promise<void> {
  const buffer = Buffer.from(await registerWorkbook(rows), 'base64');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), shown(page, '#workbook-choose').click()]);
  await chooser.setFiles({ name, mimeType: XLSX, buffer });
}

const countOf = (page: Page, cell: string) => shown(page, `#count-${cell} .import-counts__value`).textContent();

async function unitsIn(building: string) {
  return (await app.cloud.documents('units')).filter((u) => u.communityId === 'demo-cuihu' && u.building === building);
}

test('an admin imports the register: a bad row is reported and nothing written; the good file is confirmed and its units appear', async () => {
  const page = await openSection('demo-admin', 'register');
  const good: RegisterRowValues[] = [
    ['9栋', '1单元', '901', '钱先生', '13900009901', '业主'],
    ['9栋', '1单元', '901', '钱太太', '13900009902', '家属'],
    ['9栋', '2单元', '902', '吴租户', '13900009903', '租户', '2099-06-30'],
  ];
  const bad: RegisterRowValues[] = [good[0], ['9栋', '1单元', '902', '冯先生', '1390000', '业主'], good[2]];

  await chooseWorkbook(page, '名册-有误.xlsx', bad);
  const problems = shown(page, '#import-problems');
  await expectText(problems, '名册有1处错误，未导入任何数据');
  await expectText(shown(page, '.import-problem'), /第3行\s*手机号应为11位数字/);
  await expect(shown(page, '#import-confirm').count()).resolves.toBe(0);
  await expect(unitsIn('9栋')).resolves.toEqual([]);

  await shown(page, '#import-again').click();
  await chooseWorkbook(page, '名册.xlsx', good);
  await shown(page, '#import-report').waitFor();
  await expect(countOf(page, 'new-units')).resolves.toBe('2');
  await expect(countOf(page, 'new')).resolves.toBe('2');
  await expect(unitsIn('9栋')).resolves.toEqual([]); // the report is a dry run

  await shown(page, '#import-confirm').click();
  // an import cannot be undone: it is asked once more, with what it will do
  await expectText(shown(page, '.taro-modal__text'), '将新增房屋2户');
  await shown(page, '.taro-model__confirm').click();
  await shown(page, '#import-result').waitFor();
  await expect(countOf(page, 'new-units')).resolves.toBe('2');
  await expect(unitsIn('9栋')).resolves.toHaveLength(2);

  await shown(page, '#import-units').click();
  await at(page, '/admin/pages/units/index');
  await shown(page, '#building-9栋').click();
  await expectText(shown(page, '.card'), /9栋1单元/);
  await expectText(shown(page, '.unit-row'), '901');
  await expectText(shown(page, '.unit-row'), '902');

  // the same file again changes nothing, and says so
  await page.goBack();
  await at(page, '/admin/pages/register/index');
  await shown(page, '#import-again').click();
  await chooseWorkbook(page, '名册.xlsx', good);
  await expectText(shown(page, '#import-nothing'), '文件与现有名册一致，无需导入');
  await expect(countOf(page, 'unchanged')).resolves.toBe('2');
  expect(app.problems).toEqual([]);
});

test('a file that is not a workbook is refused on the device, and the template downloads as a real workbook', async () => {
  const page = await openSection('demo-admin', 'register');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), shown(page, '#workbook-choose').click()]);
  await chooser.setFiles({ name: '名册.csv', mimeType: 'text/csv', buffer: Buffer.from('楼栋,单元\n') });
  await expectText(shown(page, '#import-failure'), '「名册.csv」不是 .xlsx 格式的 Excel 文件');

  const [download] = await Promise.all([page.waitForEvent('download'), shown(page, '#template-download').click()]);
  expect(download.suggestedFilename()).toBe('业主名册模板.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['名册', '说明']);
  expect(workbook.getWorksheet('名册')?.getRow(1).values).toEqual([
    undefined,
    '楼栋',
    '单元',
    '房号',
    '姓名',
    '手机号',
    '关系',
    '租期截止',
  ]);
  expect(app.problems).toEqual([]);
});

test("房屋 shows the function's refusal of a bound unit in plain words, and removes a unit no one uses", async () => {
  const page = await openSection('demo-admin', 'units');
  await shown(page, '#building-1栋').waitFor();
  await shown(page, '#unit-demo-unit-1-1-101 .unit-rename').click();
  await shown(page, '#rename-demo-unit-1-1-101-room input').fill('109');
  await shown(page, '#rename-demo-unit-1-1-101-submit').click();
  await expectText(shown(page, '.notice--danger'), '1栋1单元101已有住户绑定，不能改名；请先解除绑定');
  await expect(
    app.cloud.documents('units').then((all) => all.find((u) => u._id === 'demo-unit-1-1-101')?.room),
  ).resolves.toBe('101');

  await shown(page, '#building-3栋').click();
  await shown(page, '#unit-demo-unit-3-2-302 .unit-remove').click();
  await expectText(shown(page, '.taro-modal__text'), '确定删除3栋2单元302？');
  await shown(page, '.taro-model__confirm').click();
  await shown(page, '#unit-demo-unit-3-2-302').waitFor({ state: 'detached' });
  await expect(
    app.cloud.documents('units').then((all) => all.some((u) => u._id === 'demo-unit-3-2-302')),
  ).resolves.toBe(false);
  expect(app.problems).toEqual([]);
});

test("an admin edits a community's phones: a bad number is named under its field, a good one is saved", async () => {
  const page = await openSection('demo-admin', 'communities');
  await shown(page, '#place-community-demo-cuihu .community-edit').click();
  await shown(page, '#community-dutyPhone input').fill('值班');
  await shown(page, '#community-save').click();
  await expectText(shown(page, '.field__error'), '值班电话格式不正确');
  await shown(page, '#community-dutyPhone input').fill('0571-88880000');
  await shown(page, '#community-save').click();
  await expectText(shown(page, '#place-community-demo-cuihu'), '0571-88880000');
  const stored = (await app.cloud.documents('communities')).find((c) => c._id === 'demo-cuihu');
  expect(stored?.dutyPhone).toBe('0571-88880000');
  expect(app.problems).toEqual([]);
});

test('a manager reads communities and units but sees no edit control, and no register import', async () => {
  const page = await openSection('demo-manager', 'communities');
  await expectText(shown(page, '#place-community-demo-cuihu'), '0571-88886666');
  await expect(shown(page, '#community-new').count()).resolves.toBe(0);
  await expect(shown(page, '.community-edit').count()).resolves.toBe(0);

  await page.goBack();
  await at(page, '/admin/pages/index/index');
  await expect(shown(page, '#admin-register').count()).resolves.toBe(0);
  await shown(page, '#admin-units').click();
  await at(page, '/admin/pages/units/index');
  await shown(page, '#unit-demo-unit-1-1-101').waitFor();
  await expect(shown(page, '.unit-rename').count()).resolves.toBe(0);
  await expect(shown(page, '.unit-remove').count()).resolves.toBe(0);
  await expect(shown(page, '#unit-add').count()).resolves.toBe(0);
  expect(app.problems).toEqual([]);
});

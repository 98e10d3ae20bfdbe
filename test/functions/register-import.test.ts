// The owner register import through the place function: nothing is written until every row is
// good; the same file twice changes nothing; an edited file updates in place; only admins import.
import ExcelJS from 'exceljs';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { registerWorkbook } from './support/register-workbook';
import type { RegisterRowValues } from './support/register-workbook';
import { aSecondCommunity } from './support/places';

let c: FunctionsCloud;
let communityId: string;
beforeAll(async () => {
  c = await startFunctionsCloud();
  // the template's download link is served by the gateway
  await c.cloud.listen(0);
  communityId = await aSecondCommunity(c);
});
afterAll(() => c.close());

const GOOD: RegisterRowValues[] = [
  ['1栋', '1单元', 101, '甲一', 13800000101, '业主'],
  ['1栋', '1单元', '101', '甲二', '13800000111', '家属'],
  ['1栋', '1单元', '102', '乙', '13800000102', '租户', new Date(Date.UTC(2099, 11, 31))],
  ['2栋', '1单元', '201', '丙', '13800000201', '业主'],
];

interface Report {
  valid: boolean;
  problems: Array<{ row: number; reason: string }>;
  problemCount: number;
  counts: Record<string, number>;
}
const preview = async (rows: RegisterRowValues[], openid = 'demo-admin') =>
  c.call<Report>('place', { action: 'previewImport', communityId, workbook: await registerWorkbook(rows) }, openid);
const importRows = async (rows: RegisterRowValues[], openid = 'demo-admin') =>
  c.call<Report>('place', { action: 'importRegister', communityId, workbook: await registerWorkbook(rows) }, openid);

const registerOfCommunity = async () =>
  (await c.documents('register'))
    .filter((d) => d.communityId === communityId)
    .map((d) => `${String(d.name)}:${String(d.phone)}:${String(d.relation)}:${String(d.tenancyEndsOn ?? '')}`)
    .sort();
const unitsOfCommunity = async () => (await c.documents('units')).filter((d) => d.communityId === communityId);

describe('a file with bad rows', () => {
  const bad: RegisterRowValues[] = [
    ...GOOD,
    ['2栋', '1单元', '202', '', '13800000202', '业主'],
    ['2栋', '1单元', '203', '丁', '1380000', '业主'],
    ['2栋', '1单元', '204', '戊', '13800000204', '朋友'],
    ['2栋', '1单元', '205', '己', '13800000205', '租户'],
    ['2栋', '1单元', '201', '丙', '13800000201', '业主'],
  ];

  it('is reported row by row in the dry run', async () => {
    const answer = await preview(bad);
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.data.valid).toBe(false);
    expect(answer.data.problems.map((p) => p.row)).toEqual([6, 7, 8, 9, 10]);
    expect(answer.data.problems[4].reason).toBe('与第5行重复（同一房屋、同一手机号）');
  });

  it('is refused by the import, which writes nothing', async () => {
    const answer = await importRows(bad);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'workbook' } });
    expect(await unitsOfCommunity()).toEqual([]);
    expect(await registerOfCommunity()).toEqual([]);
  });

  it('that is not a workbook at all is refused', async () => {
    const answer = await c.call(
      'place',
      { action: 'previewImport', communityId, workbook: Buffer.from('楼栋,单元\n1栋,1单元').toString('base64') },
      'demo-admin',
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'workbook' } });
  });
});

describe('a good file', () => {
  it('previews what it will do, then imports units, register and outline', async () => {
    const dry = await preview(GOOD);
    expect(dry).toMatchObject({ ok: true, data: { valid: true, counts: { newUnits: 3, newHouseholds: 3 } } });
    expect(await unitsOfCommunity()).toEqual([]);

    const done = await importRows(GOOD);
    expect(done).toMatchObject({
      ok: true,
      data: { counts: { rows: 4, newUnits: 3, newHouseholds: 3, changedHouseholds: 0 } },
    });
    expect((await unitsOfCommunity()).map((u) => u.label).sort()).toEqual([
      '1栋1单元101',
      '1栋1单元102',
      '2栋1单元201',
    ]);
    expect(await registerOfCommunity()).toEqual([
      '丙:13800000201:owner:',
      '乙:13800000102:tenant:2099-12-31',
      '甲一:13800000101:owner:',
      '甲二:13800000111:family:',
    ]);
    const buildings = await c.ok('place', { action: 'buildings', communityId }, 'a-new-wechat-user');
    expect(buildings).toEqual({
      items: [
        { name: '1栋', entrances: ['1单元'] },
        { name: '2栋', entrances: ['1单元'] },
      ],
    });
    const audit = (await c.documents('audit_log')).filter((d) => d.action === 'register.import');
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toContain('新增房屋3户');
  });

  it('imported again changes nothing', async () => {
    const before = await c.documents('register');
    const again = await importRows(GOOD);
    expect(again).toMatchObject({
      ok: true,
      data: { counts: { newUnits: 0, newHouseholds: 0, changedHouseholds: 0, unchangedHouseholds: 3 } },
    });
    expect(await c.documents('register')).toEqual(before);
    expect(await unitsOfCommunity()).toHaveLength(3);
  });

  it('edited, updates the units it names in place and leaves the others', async () => {
    const edited: RegisterRowValues[] = [
      ['1栋', '1单元', '101', '甲一', '13800000101', '业主'],
      ['2栋', '1单元', '201', '丙改', '13800000299', '业主'],
    ];
    const answer = await importRows(edited);
    expect(answer).toMatchObject({
      ok: true,
      data: { counts: { newUnits: 0, newHouseholds: 0, changedHouseholds: 2, unchangedHouseholds: 0 } },
    });
    expect(await registerOfCommunity()).toEqual([
      '丙改:13800000299:owner:',
      '乙:13800000102:tenant:2099-12-31',
      '甲一:13800000101:owner:',
    ]);
  });
});

describe('who may import', () => {
  it.each(['demo-manager', 'demo-receptionist', 'demo-owner-1', 'a-new-wechat-user'])('not %s', async (openid) => {
    expect(await importRows(GOOD, openid)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await preview(GOOD, openid)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the template', () => {
  it('is a workbook with the headings, a frozen header and a notes sheet', async () => {
    const answer = await c.ok<{ fileID: string; url: string }>('place', { action: 'registerTemplate' }, 'demo-admin');
    expect(answer.fileID).toMatch(/^cloud:\/\//);
    const response = await fetch(answer.url);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['名册', '说明']);
    const sheet = workbook.getWorksheet('名册')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '楼栋', '单元', '房号', '姓名', '手机号', '关系', '租期截止']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(5).width).toBeGreaterThanOrEqual(12);
    expect(sheet.rowCount).toBeGreaterThanOrEqual(2);
  });
});

// The owner register workbook's rows: each reason a row is refused, and the plan of an import.
import type { RawRow } from '../../cloudfunctions/domain/register-import';
import { checkRow, checkRows, planImport, readHeader } from '../../cloudfunctions/domain/register-import';
import type { Unit } from '../../cloudfunctions/domain/model';
import type { RegisterEntry } from '../../cloudfunctions/domain/register';

const TODAY = '2026-03-01';
const raw = (cells: RawRow['cells'], row = 2): RawRow => ({
  row,
  cells: { 楼栋: '1栋', 单元: '1单元', 房号: '101', 姓名: '张三', 手机号: '13800000000', 关系: '业主', ...cells },
});
const reasons = (row: RawRow) => {
  const checked = checkRow(row, TODAY);
  return Array.isArray(checked) ? checked.map((p) => p.reason) : [];
};

describe('a row', () => {
  it('is accepted when complete', () => {
    expect(checkRow(raw({ 手机号: '138 0000 0000' }), TODAY)).toEqual({
      row: 2,
      building: '1栋',
      entrance: '1单元',
      room: '101',
      name: '张三',
      phone: '13800000000',
      relation: 'owner',
    });
  });
  it.each(['楼栋', '单元', '房号', '姓名', '手机号', '关系'] as const)('is refused without %s', (column) => {
    expect(reasons(raw({ [column]: ' ' }))).toEqual([`缺少${column}`]);
  });
  it.each(['1380000000', '138000000001', '1380000000a', '23800000000'])('is refused with phone %s', (phone) => {
    expect(reasons(raw({ 手机号: phone }))).toEqual(['手机号应为11位数字']);
  });
  it('is refused with an unknown relation', () => {
    expect(reasons(raw({ 关系: '朋友' }))[0]).toMatch(/关系“朋友”无法识别/);
  });
  it('is refused for a tenant without an end date, or with one in the past or not a date', () => {
    expect(reasons(raw({ 关系: '租户' }))).toEqual(['租户须填写租期截止']);
    expect(reasons(raw({ 关系: '租户', 租期截止: '2026-02-28' }))).toEqual(['租期截止已过']);
    expect(reasons(raw({ 关系: '租户', 租期截止: '2026-02-30' }))).toEqual(['租期截止应为日期，如 2026-12-31']);
    expect(checkRow(raw({ 关系: '租户', 租期截止: TODAY }), TODAY)).toMatchObject({ tenancyEndsOn: TODAY });
  });
  it('is refused when an owner has an end date', () => {
    expect(reasons(raw({ 租期截止: '2027-01-01' }))).toEqual(['只有租户填写租期截止']);
  });
  it('reports every reason at once, with its row number', () => {
    expect(checkRow(raw({ 姓名: '', 手机号: '1' }, 7), TODAY)).toEqual([
      { row: 7, reason: '缺少姓名' },
      { row: 7, reason: '手机号应为11位数字' },
    ]);
  });
});

describe('the rows of a file', () => {
  it('refuse the same person twice in one unit, naming the first row', () => {
    const checked = checkRows([raw({}, 2), raw({ 姓名: '张三丰' }, 3), raw({ 房号: '102' }, 4)], TODAY);
    expect(checked.problems).toEqual([{ row: 3, reason: '与第2行重复（同一房屋、同一手机号）' }]);
    expect(checked.rows.map((r) => r.row)).toEqual([2, 4]);
  });
  it('need the headings of the template', () => {
    expect(readHeader(['楼栋', '单元', '房号', '姓名', '手机号'])).toEqual({ ok: false, missing: ['关系'] });
    expect(readHeader(['关系', '楼栋', '单元', '房号', '姓名', '手机号']).ok).toBe(true);
  });
});

describe('the plan of an import', () => {
  const unit = (id: string, room: string): Unit => ({
    id,
    communityId: 'c1',
    building: '1栋',
    entrance: '1单元',
    room,
  });
  const entry = (unitId: string, name: string, phone: string): RegisterEntry => ({
    id: `${unitId}-${phone}`,
    communityId: 'c1',
    unitId,
    name,
    phone,
    relation: 'owner',
  });
  let n = 0;
  const ids = () => `new-${(n += 1)}`;
  const rows = checkRows(
    [
      raw({ 房号: '101', 姓名: '甲', 手机号: '13800000101' }, 2),
      raw({ 房号: '102', 姓名: '乙', 手机号: '13800000102' }, 3),
      raw({ 房号: '103', 姓名: '丙', 手机号: '13800000103' }, 4),
      raw({ 房号: '104', 姓名: '丁', 手机号: '13800000104' }, 5),
    ],
    TODAY,
  ).rows;

  it('creates missing units, and tells new, changed and unchanged households apart', () => {
    n = 0;
    const plan = planImport(
      'c1',
      rows,
      [unit('u101', '101'), unit('u102', '102'), unit('u103', '103'), unit('u105', '105')],
      [entry('u101', '甲', '13800000101'), entry('u102', '乙旧名', '13800000102'), entry('u105', '戊', '13800000105')],
      ids,
    );
    expect(plan.counts).toEqual({
      rows: 4,
      newUnits: 1,
      newHouseholds: 2,
      changedHouseholds: 1,
      unchangedHouseholds: 1,
    });
    expect(plan.unitsToAdd).toEqual([
      { id: 'new-1', communityId: 'c1', building: '1栋', entrance: '1单元', room: '104' },
    ]);
    // the unit not in the file (105) keeps its register
    expect(plan.unitIdsToReplace.sort()).toEqual(['new-1', 'u102', 'u103']);
    expect(plan.entriesToWrite.map((e) => `${e.unitId}:${e.name}`).sort()).toEqual(['new-1:丁', 'u102:乙', 'u103:丙']);
  });

  it('changes nothing when the register already is the file', () => {
    const units = [unit('u101', '101'), unit('u102', '102'), unit('u103', '103'), unit('u104', '104')];
    const entries = rows.map((r, i) => entry(units[i].id, r.name, r.phone));
    const plan = planImport('c1', rows, units, entries, ids);
    expect(plan.counts).toMatchObject({ newUnits: 0, newHouseholds: 0, changedHouseholds: 0, unchangedHouseholds: 4 });
    expect(plan.unitIdsToReplace).toEqual([]);
  });
});

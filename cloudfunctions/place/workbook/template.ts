// The register template: the sheet 名册 with Chinese headings, an example row, a frozen header and
// column widths, and a sheet 说明 explaining each column.
import ExcelJS from 'exceljs';
import { REGISTER_COLUMNS } from '../../domain/register-import';
import { REGISTER_SHEET } from './read-register';

export const NOTES_SHEET = '说明';

const WIDTHS: Record<(typeof REGISTER_COLUMNS)[number], number> = {
  楼栋: 10,
  单元: 10,
  房号: 10,
  姓名: 14,
  手机号: 16,
  关系: 10,
  租期截止: 14,
};

const NOTES: Array<[string, string, string]> = [
  ['楼栋', '必填', '楼栋名称，如“1栋”；同一小区内写法保持一致'],
  ['单元', '必填', '单元名称，如“1单元”'],
  ['房号', '必填', '房号，如“101”；楼栋+单元+房号确定一户'],
  ['姓名', '必填', '住户姓名'],
  ['手机号', '必填', '11位手机号；住户绑定房屋时以此核对'],
  ['关系', '必填', '业主、家属或租户'],
  ['租期截止', '租户必填', '租户的租期最后一天，格式 2026-12-31；业主、家属不填'],
];

export async function registerTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(REGISTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_COLUMNS.map((heading) => ({ header: heading, key: heading, width: WIDTHS[heading] }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(['1栋', '1单元', '101', '张三', '13800000000', '业主', '']);
  sheet.addRow(['1栋', '1单元', '101', '王五', '13800000001', '租户', '2030-12-31']);
  // text cells keep leading zeros and long numbers as typed
  for (const key of ['房号', '手机号', '租期截止']) sheet.getColumn(key).numFmt = '@';

  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.columns = [
    { header: '列', key: 'column', width: 12 },
    { header: '是否必填', key: 'required', width: 12 },
    { header: '说明', key: 'note', width: 60 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const row of NOTES) notes.addRow(row);
  notes.addRow([]);
  notes.addRow(['', '', '同一文件再次导入不会重复；修改后重新导入，文件中出现的房屋的名册以文件为准。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

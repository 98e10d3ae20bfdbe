// Real owner register workbooks, built with exceljs, as an admin would fill the template.
import ExcelJS from 'exceljs';

export type RegisterRowValues = [string, string, string | number, string, string | number, string, (string | Date)?];

export async function registerWorkbook(rows: RegisterRowValues[], sheetName = '名册'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(['楼栋', '单元', '房号', '姓名', '手机号', '关系', '租期截止']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

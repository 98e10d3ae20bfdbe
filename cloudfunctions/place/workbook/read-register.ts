// Reads the owner register workbook into rows: the sheet 名册 (or the first sheet), its first row
// the headings. Anything that is not an .xlsx workbook is refused before it is parsed.
import ExcelJS from 'exceljs';
import { invalidInput } from '../../domain/errors';
import type { RawRow, RegisterColumn } from '../../domain/register-import';
import { MAX_IMPORT_ROWS, readHeader } from '../../domain/register-import';
import { cellText } from './cell-text';

export const REGISTER_SHEET = '名册';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readRegisterWorkbook(bytes: Buffer): Promise<RawRow[]> {
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b))
    throw invalidInput('文件不是 Excel 工作簿（.xlsx），请用模板填写后上传', 'workbook');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalidInput('无法读取该工作簿，请用模板填写后另存为 .xlsx 再上传', 'workbook');
  }
  const sheet = workbook.getWorksheet(REGISTER_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw invalidInput('工作簿中没有工作表', 'workbook');
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1)
    throw invalidInput(`一次最多导入${MAX_IMPORT_ROWS}行，请分批导入`, 'workbook');

  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    header[column - 1] = cellText(cell.value);
  });
  const read = readHeader(Array.from(header, (h) => h ?? ''));
  if (!read.ok) throw invalidInput(`第1行缺少列：${read.missing.join('、')}（请使用模板）`, 'workbook');

  const rows: RawRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: Partial<Record<RegisterColumn, string>> = {};
    let any = false;
    for (const [column, index] of read.columns) {
      const text = cellText(row.getCell(index + 1).value);
      if (text) any = true;
      cells[column] = text;
    }
    if (any) rows.push({ row: r, cells });
  }
  if (rows.length === 0) throw invalidInput('名册中没有数据行', 'workbook');
  return rows;
}

// Which chosen file may be sent as the owner register: checked on the device so a wrong file is named
// at once instead of after the upload. The function checks the bytes again.
import { MAX_WORKBOOK_BYTES } from '@domain/place-schemas';

export const WORKBOOK_LIMIT_TEXT = '仅限 .xlsx 格式的 Excel 文件，不超过4MB';

/** Why this file is not sent, or null when it may be. */
export function workbookRefusal(name: string, size: number): string | null {
  if (!/\.xlsx$/i.test(name.trim())) {
    return /\.xls$/i.test(name.trim())
      ? `「${name}」是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再选择`
      : `「${name}」不是 .xlsx 格式的 Excel 文件`;
  }
  if (size === 0) return `「${name}」是空文件`;
  if (size > MAX_WORKBOOK_BYTES) return `「${name}」超过4MB，请拆分后分批导入`;
  return null;
}

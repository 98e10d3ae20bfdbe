// The text of a worksheet cell, whatever exceljs made of it (number, date, rich text, formula).
import type { CellValue } from 'exceljs';

const pad = (n: number) => String(n).padStart(2, '0');

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    // Excel dates carry no zone: exceljs answers the calendar day at UTC midnight
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).trim();
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result as CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
  }
  return '';
}

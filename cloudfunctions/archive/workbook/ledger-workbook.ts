// The export of a search: the sheet 诉求台账, one row per request with its full text — what was
// asked, how it was handled step by step, the result and the rating — for the paper ledger.
import ExcelJS from 'exceljs';
import { CATEGORY_LABELS, CHANNEL_LABELS, DEPARTMENT_LABELS, STATUS_LABELS } from '../../domain/labels';
import type { Ticket } from '../../domain/model';
import { maskPhone } from '../../domain/views';
import { chinaMinute, timelineLine } from '../print/ledger-text';

export const LEDGER_SHEET = '诉求台账';

export const LEDGER_COLUMNS = [
  { header: '编号', width: 20, value: (t: Ticket) => t.number },
  { header: '登记时间', width: 18, value: (t: Ticket) => chinaMinute(t.createdAt) },
  { header: '渠道', width: 10, value: (t: Ticket) => CHANNEL_LABELS[t.channel] },
  { header: '类别', width: 8, value: (t: Ticket) => CATEGORY_LABELS[t.category] },
  { header: '状态', width: 10, value: (t: Ticket) => STATUS_LABELS[t.status] },
  { header: '责任部门', width: 10, value: (t: Ticket) => DEPARTMENT_LABELS[t.department] },
  { header: '业主', width: 10, value: (t: Ticket) => t.ownerName },
  { header: '联系电话', width: 14, value: (t: Ticket) => maskPhone(t.contactPhone) },
  { header: '位置', width: 18, value: (t: Ticket) => t.location.text },
  { header: '诉求内容', width: 50, value: (t: Ticket) => t.description },
  {
    header: '处理经过',
    width: 60,
    value: (t: Ticket) =>
      t.timeline
        .filter((e) => !e.internal)
        .map(timelineLine)
        .join('\n'),
  },
  { header: '处理结果', width: 40, value: (t: Ticket) => t.resolution?.text ?? '' },
  {
    header: '评价',
    width: 16,
    value: (t: Ticket) => (t.rating ? `${t.rating.score}星${t.rating.comment ? `：${t.rating.comment}` : ''}` : ''),
  },
  { header: '注销台账', width: 18, value: (t: Ticket) => (t.archivedAt ? chinaMinute(t.archivedAt) : '') },
] as const;

export async function ledgerWorkbook(tickets: Ticket[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(LEDGER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const ticket of tickets) {
    const row = sheet.addRow(LEDGER_COLUMNS.map((c) => c.value(ticket)));
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

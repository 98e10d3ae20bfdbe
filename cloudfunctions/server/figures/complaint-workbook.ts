// 投诉情况月汇总表 as an Excel workbook: one sheet per section, Chinese headings in bold on a
// frozen first row, widths that fit the words.
import ExcelJS from 'exceljs';
import type { ComplaintSummary, CountRow } from '../../domain/figures/complaint-summary';

export const SUMMARY_SHEETS = {
  overview: '汇总',
  byKind: '按类别',
  byDepartment: '按部门',
  byChannel: '按渠道',
  lines: '投诉明细',
  repeats: '重复投诉',
  open: '未结投诉',
  corrective: '纠正措施',
} as const;

type Column = { header: string; width: number };

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: unknown[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F5EF' } };
  for (const row of rows) sheet.addRow(row);
  if (rows.length === 0) sheet.addRow(['（无）']);
  return sheet;
}

const percent = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function countSheet(workbook: ExcelJS.Workbook, name: string, first: string, rows: CountRow[]): void {
  const sheet = addSheet(
    workbook,
    name,
    [
      { header: first, width: 22 },
      { header: '投诉数', width: 10 },
      { header: '按时处理', width: 10 },
      { header: '未按时处理', width: 12 },
      { header: '满意', width: 8 },
      { header: '满意率', width: 10 },
    ],
    rows.map((r) => [
      r.name,
      r.complaints,
      r.onTime,
      r.complaints - r.onTime,
      r.satisfied,
      percent(r.satisfied, r.complaints),
    ]),
  );
  sheet.getColumn(6).numFmt = '0.0%';
}

const time = (iso: string) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
const yesNo = (value: boolean) => (value ? '是' : '否');

export async function complaintWorkbook(summary: ComplaintSummary): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '物业服务台';
  workbook.created = new Date(summary.madeAt);
  const t = summary.totals;
  const overview = addSheet(
    workbook,
    SUMMARY_SHEETS.overview,
    [
      { header: '项目', width: 18 },
      { header: '内容', width: 40 },
    ],
    [
      ['小区', summary.communityName],
      ['统计期间', summary.period.label],
      ['投诉总数', t.complaints],
      ['按时处理', t.onTime],
      ['未按时处理', t.complaints - t.onTime],
      ['业主满意', t.satisfied],
      ['满意率', percent(t.satisfied, t.complaints)],
      ['重复投诉（涉及件数）', t.repeated],
      ['未结投诉', t.open],
      ['纠正措施', t.corrective],
      ['制表时间', time(summary.madeAt)],
    ],
  );
  overview.getCell('B8').numFmt = '0.0%';
  countSheet(workbook, SUMMARY_SHEETS.byKind, '类别', summary.byKind);
  countSheet(workbook, SUMMARY_SHEETS.byDepartment, '部门', summary.byDepartment);
  countSheet(workbook, SUMMARY_SHEETS.byChannel, '渠道', summary.byChannel);
  addSheet(
    workbook,
    SUMMARY_SHEETS.lines,
    [
      { header: '编号', width: 18 },
      { header: '受理时间', width: 18 },
      { header: '位置', width: 16 },
      { header: '类别', width: 16 },
      { header: '渠道', width: 10 },
      { header: '责任部门', width: 10 },
      { header: '状态', width: 12 },
      { header: '按时处理', width: 10 },
      { header: '是否满意', width: 10 },
      { header: '返工次数', width: 10 },
      { header: '投诉内容', width: 40 },
    ],
    summary.lines.map((l) => [
      l.number,
      time(l.filedAt),
      l.place,
      l.kind,
      l.channel,
      l.department,
      l.status,
      yesNo(l.onTime),
      l.satisfied,
      l.reprocessCount,
      l.description,
    ]),
  );
  addSheet(
    workbook,
    SUMMARY_SHEETS.repeats,
    [
      { header: '依据', width: 12 },
      { header: '房屋或问题', width: 40 },
      { header: '次数', width: 8 },
      { header: '投诉编号', width: 50 },
    ],
    summary.repeats.map((g) => [g.basis, g.what, g.numbers.length, g.numbers.join('、')]),
  );
  addSheet(
    workbook,
    SUMMARY_SHEETS.open,
    [
      { header: '编号', width: 18 },
      { header: '受理时间', width: 18 },
      { header: '责任部门', width: 10 },
      { header: '状态', width: 12 },
      { header: '下一步', width: 40 },
      { header: '已超时', width: 8 },
    ],
    summary.open.map((o) => [o.number, time(o.filedAt), o.department, o.status, o.nextStep, yesNo(o.overdue)]),
  );
  addSheet(
    workbook,
    SUMMARY_SHEETS.corrective,
    [
      { header: '编号', width: 18 },
      { header: '责任部门', width: 10 },
      { header: '纠正措施', width: 50 },
      { header: '报告人', width: 10 },
      { header: '报告时间', width: 18 },
    ],
    summary.corrective.map((c) => [c.number, c.department, c.report, c.by, time(c.at)]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

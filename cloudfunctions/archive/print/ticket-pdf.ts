// One request as a printed page (PDF) for the paper ledger: its details, its photos and its whole
// timeline, in Chinese. Set in a subset of Noto Sans SC (assets/, SIL OFL 1.1); pdfkit embeds only
// the glyphs the page uses.
import path from 'node:path';
// the CommonJS build: its ES module build reads `import.meta.url` at load, which a bundle has not
import PDFDocument = require('pdfkit');
import { CATEGORY_LABELS, CHANNEL_LABELS, DEPARTMENT_LABELS, STATUS_LABELS } from '../../domain/labels';
import type { Ticket } from '../../domain/model';
import { maskPhone } from '../../domain/views';
import { chinaMinute, timelineLine } from './ledger-text';

export const FONT_FILE = path.join(__dirname, 'assets', 'NotoSansSC-Subset.ttf');

/** A photo's bytes, or null when it could not be fetched. */
export type PhotoBytes = Buffer | null;

/** pdfkit draws JPEG and PNG; anything else is named, not drawn. */
const drawable = (bytes: Buffer): boolean =>
  (bytes[0] === 0xff && bytes[1] === 0xd8) || bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));

export interface PrintContext {
  photos: Map<string, PhotoBytes>;
  printedBy: string;
  printedAt: string;
}

export function ticketPdf(ticket: Ticket, context: PrintContext, fontFile = FONT_FILE): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, font: fontFile, info: { Title: `诉求记录 ${ticket.number}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => doc.moveDown(0.6).fontSize(13).text(text).moveDown(0.2).fontSize(10.5);
  doc.fontSize(18).text('物业服务台 · 诉求记录', { align: 'center' }).moveDown(0.5).fontSize(10.5);
  const details: Array<[string, string]> = [
    ['编号', ticket.number],
    ['登记时间', chinaMinute(ticket.createdAt)],
    ['类别', CATEGORY_LABELS[ticket.category]],
    ['渠道', CHANNEL_LABELS[ticket.channel]],
    ['状态', STATUS_LABELS[ticket.status]],
    ['责任部门', DEPARTMENT_LABELS[ticket.department]],
    ['业主', ticket.ownerName],
    ['联系电话', maskPhone(ticket.contactPhone)],
    ['位置', ticket.location.text],
  ];
  if (ticket.recordedBy) details.push(['代登记', ticket.recordedBy.name]);
  if (ticket.archivedAt)
    details.push(['注销台账', `${chinaMinute(ticket.archivedAt)} ${ticket.archivedBy?.name ?? ''}`]);
  for (const [label, value] of details) doc.text(`${label}：${value}`);

  heading('诉求内容');
  doc.text(ticket.description);

  const photos = [...ticket.photos, ...(ticket.resolution?.photos ?? [])];
  if (photos.length > 0) {
    heading('照片');
    photos.forEach((fileID, i) => {
      const bytes = context.photos.get(fileID);
      if (!bytes || !drawable(bytes)) {
        doc.text(`照片${i + 1}：无法打印（文件缺失或格式不支持）`);
        return;
      }
      if (doc.y + 190 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const top = doc.y;
      doc.image(bytes, doc.page.margins.left, top, { fit: [240, 180] });
      doc.y = top + 185;
      doc.text(`照片${i + 1}`);
    });
  }

  heading('处理经过');
  for (const entry of ticket.timeline) doc.text(`${entry.internal ? '【内部】' : ''}${timelineLine(entry)}`);

  if (ticket.resolution) {
    heading('处理结果');
    doc.text(ticket.resolution.text);
  }
  if (ticket.rating) {
    heading('业主评价');
    doc.text(`${ticket.rating.score}星${ticket.rating.comment ? `：${ticket.rating.comment}` : ''}`);
  }
  doc
    .moveDown(1)
    .fontSize(9)
    .text(`打印：${context.printedBy} ${chinaMinute(context.printedAt)}`, { align: 'right' });
  doc.end();
  return done;
}

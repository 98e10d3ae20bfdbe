import { printTicketInput } from '../../domain/archive-schemas';
import type { ArchiveFileView } from '../../domain/archive-views';
import { notFound } from '../../domain/errors';
import { isStaffReader } from '../../domain/permissions';
import { AUDIENCES } from '../../domain/roles';
import { toIso } from '../../domain/time';
import { logAccess } from '../../server/access-log';
import { defineAction } from '../../server/action';
import { wxCloud } from '../../server/cloud';
import { uploadWithLink } from '../../server/storage-link';
import { ticketPdf } from '../print/ticket-pdf';
import type { PhotoBytes } from '../print/ticket-pdf';

async function photoBytes(fileID: string): Promise<PhotoBytes> {
  try {
    const { fileContent } = (await wxCloud().downloadFile({ fileID })) as { fileContent: Buffer };
    return fileContent;
  } catch {
    return null; // printed as missing; the page is still worth having
  }
}

/**
 * 打印: one request as a PDF (details, photos, the whole timeline) in cloud storage, for staff who
 * may read it. Three database requests (the caller, the request, the access log entry: the page
 * holds the owner's name, home and words), then its photos and the upload.
 */
export const printTicket = defineAction({
  schema: printTicketInput,
  roles: AUDIENCES.staff,
  async run(input, { caller, now, repos }): Promise<ArchiveFileView> {
    const ticket = await repos.tickets.get(input.ticketId);
    if (!ticket || !isStaffReader(ticket, caller)) throw notFound();
    const fileIDs = [...ticket.photos, ...(ticket.resolution?.photos ?? [])];
    const photos = new Map(await Promise.all(fileIDs.map(async (id) => [id, await photoBytes(id)] as const)));
    const pdf = await ticketPdf(ticket, { photos, printedBy: caller.name, printedAt: toIso(now) });
    const fileName = `诉求记录-${ticket.number}.pdf`;
    const link = await uploadWithLink(`archive/print/${ticket.number}-${now.getTime()}.pdf`, pdf);
    await logAccess(repos, { actor: caller, kind: 'export', tickets: [ticket], subject: fileName, at: now });
    return { ...link, fileName };
  },
});

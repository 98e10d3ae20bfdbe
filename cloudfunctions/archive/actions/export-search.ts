import { exportArchiveInput } from '../../domain/archive-schemas';
import type { ArchiveFileView } from '../../domain/archive-views';
import { invalidInput } from '../../domain/errors';
import type { Ticket } from '../../domain/model';
import { AUDIENCES } from '../../domain/roles';
import { logAccess } from '../../server/access-log';
import { defineAction } from '../../server/action';
import { uploadWithLink } from '../../server/storage-link';
import { archiveReach, searchCommunities } from '../reach';
import { ledgerWorkbook } from '../workbook/ledger-workbook';

/** The most requests one export writes; a search beyond it is narrowed first. */
export const EXPORT_CAP = 5000;
/** Requests read per database request (the cloud's cap is 1,000 a read, with one more to see past). */
const READ_SIZE = 999;

/**
 * 导出Excel: every request a search finds (all its pages), one row each with its full text, in a
 * workbook in cloud storage, logged as an export of personal data (who, when, which requests). The
 * caller, one database request per 999 requests (at most 6), and the access log entry.
 */
export const exportSearch = defineAction({
  schema: exportArchiveInput,
  roles: AUDIENCES.staff,
  async run(filters, { caller, now, repos }): Promise<ArchiveFileView> {
    const communities = searchCommunities(archiveReach(caller), filters.communityId, Boolean(filters.number));
    const tickets: Ticket[] = [];
    let cursor: string | undefined;
    do {
      const page = await repos.archive.searchWhole(communities, filters, { cursor, limit: READ_SIZE });
      tickets.push(...page.items);
      cursor = page.nextCursor;
      if (tickets.length > EXPORT_CAP)
        throw invalidInput(`查询结果超过${EXPORT_CAP}条，请缩小日期范围或增加筛选条件后再导出`);
    } while (cursor);
    const stamp = `${now.getTime()}`;
    const link = await uploadWithLink(`archive/exports/${caller.openid}-${stamp}.xlsx`, await ledgerWorkbook(tickets));
    const fileName = `诉求台账-${stamp}.xlsx`;
    await logAccess(repos, { actor: caller, kind: 'export', tickets, subject: fileName, at: now });
    return { ...link, fileName, rows: tickets.length };
  },
});

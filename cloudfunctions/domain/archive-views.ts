// What the archive answers: request rows (a summary with who filed it, how it came and whether
// its ledger is closed), the history pages, a staff member's credits.
import type { Page, TicketSummaryView } from './api';
import type { Credit, CreditSummary } from './credits';
import { isUnclaimed } from './desk-intake';
import type { Channel, Relation, Ticket } from './model';
import type { SummarySource } from './views';
import { toSummaryView } from './views';

export type ArchiveSource = SummarySource &
  Pick<Ticket, 'ownerName' | 'ownerOpenid' | 'channel' | 'communityId'> &
  Partial<Pick<Ticket, 'unitId' | 'archivedAt'>>;

export interface ArchiveItemView extends TicketSummaryView {
  ownerName: string;
  /** for 业主档案: absent for a caller the service desk recorded who has no account */
  ownerOpenid?: string;
  channel: Channel;
  communityId: string;
  unitId?: string;
  /** the ledger was closed (注销台账) */
  archived: boolean;
}

export function toArchiveItem(ticket: ArchiveSource, now: Date): ArchiveItemView {
  return {
    ...toSummaryView(ticket, now),
    ownerName: ticket.ownerName,
    ...(isUnclaimed(ticket.ownerOpenid) ? {} : { ownerOpenid: ticket.ownerOpenid }),
    channel: ticket.channel,
    communityId: ticket.communityId,
    ...(ticket.unitId ? { unitId: ticket.unitId } : {}),
    archived: Boolean(ticket.archivedAt),
  };
}

/** archive.ownerHistory: the person, their homes, and every request they filed that the reader may see. */
export interface OwnerHistoryView {
  owner: {
    openid: string;
    name: string;
    homes: Array<{ unitId: string; label: string; communityId: string; relation?: Relation }>;
  };
  requests: Page<ArchiveItemView>;
}

/** archive.unitHistory: the unit and every request about it, whoever filed it. */
export interface UnitHistoryView {
  unit: { id: string; label: string; communityId: string; communityName: string };
  requests: Page<ArchiveItemView>;
}

export type CreditEntryView = Omit<Credit, 'staffOpenid' | 'communityId'>;

/** archive.staffCredits: the summary (first page only) and the credits, newest first. */
export interface StaffCreditsView {
  staff: { openid: string; name: string };
  summary?: CreditSummary;
  credits: Page<CreditEntryView>;
}

/** archive.exportSearch and archive.printTicket: a file in cloud storage and a link to fetch it. */
export interface ArchiveFileView {
  fileID: string;
  url: string;
  fileName: string;
  /** export: the rows written */
  rows?: number;
}

import type { Page, TicketView } from '@domain/api';
import type { ArchiveFilters } from '@domain/archive-schemas';
import type {
  ArchiveFileView,
  ArchiveItemView,
  OwnerHistoryView,
  StaffCreditsView,
  UnitHistoryView,
} from '@domain/archive-views';
import { callCloud } from '../callCloud';

const call = <T>(action: string, payload: object) => callCloud<T>('archive', { action, ...payload });
type PageOf = { cursor?: string; limit?: number };

export const archiveApi = {
  search: (filters: ArchiveFilters & PageOf) => call<Page<ArchiveItemView>>('search', filters),
  ownerHistory: (openid: string, page: PageOf) => call<OwnerHistoryView>('ownerHistory', { openid, ...page }),
  unitHistory: (unitId: string, page: PageOf) => call<UnitHistoryView>('unitHistory', { unitId, ...page }),
  closeLedger: (ticketId: string) => call<TicketView>('closeLedger', { ticketId }),
  exportSearch: (filters: ArchiveFilters) => call<ArchiveFileView>('exportSearch', filters),
  printTicket: (ticketId: string) => call<ArchiveFileView>('printTicket', { ticketId }),
  staffCredits: (openid: string | undefined, page: PageOf) =>
    call<StaffCreditsView>('staffCredits', { ...(openid ? { openid } : {}), ...page }),
};

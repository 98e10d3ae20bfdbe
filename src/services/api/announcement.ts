import type { Page } from '@domain/api';
import type { SaveAnnouncementInput } from '@domain/announcement-schemas';
import type { AnnouncementStatsView, AnnouncementSummaryView, AnnouncementView } from '@domain/announcement-views';
import { callCloud } from '../callCloud';

export const announcementApi = {
  feed: (input: { cursor?: string; limit?: number } = {}) =>
    callCloud<Page<AnnouncementSummaryView>>('announcement', { action: 'feed', ...input }),
  /** `group`: the cloudID of the WeChat group the card was opened in (services/group-entry.ts). */
  read: (id: string, group?: unknown) =>
    callCloud<AnnouncementView>('announcement', { action: 'read', id, ...(group ? { group } : {}) }),
  list: (input: { communityId?: string; cursor?: string; limit?: number } = {}) =>
    callCloud<Page<AnnouncementSummaryView>>('announcement', { action: 'list', ...input }),
  get: (id: string) => callCloud<AnnouncementView>('announcement', { action: 'get', id }),
  save: (input: SaveAnnouncementInput) => callCloud<AnnouncementView>('announcement', { action: 'save', ...input }),
  publish: (id: string, publishAt?: string) =>
    callCloud<AnnouncementView>('announcement', { action: 'publish', id, ...(publishAt ? { publishAt } : {}) }),
  pin: (id: string, pinned: boolean) => callCloud<AnnouncementView>('announcement', { action: 'pin', id, pinned }),
  withdraw: (id: string) => callCloud<AnnouncementView>('announcement', { action: 'withdraw', id }),
  stats: (id: string) => callCloud<AnnouncementStatsView>('announcement', { action: 'stats', id }),
};

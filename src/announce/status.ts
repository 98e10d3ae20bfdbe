import type { AnnouncementStatus } from '@domain/announcements';

export const STATUS_LABELS: Record<AnnouncementStatus, string> = {
  draft: '草稿',
  held: '未发布',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

// What the app receives about announcements: the owner's feed and page, the writer's list and
// page, the read counts.
import type { Announcement, AnnouncementKind, AnnouncementStatus, Audience, HoldReason } from './announcements';
import { ANNOUNCEMENT_KIND_LABELS, fromCountKey, holdMessage } from './announcements';
import type { OwnerGroup } from './owner-groups';
import { toDeliveryView } from './outage-delivery';
import type { OutageDeliveryView } from './outage-delivery';

export interface AnnouncementSummaryView {
  id: string;
  kind: AnnouncementKind;
  kindLabel: string;
  title: string;
  excerpt: string;
  pinned: boolean;
  status: AnnouncementStatus;
  publishedAt?: string;
  publishAt?: string;
  outage?: { startAt: string; endAt: string };
  /** writers only */
  readCount?: number;
  holdMessage?: string;
}

export interface AnnouncementView extends AnnouncementSummaryView {
  communityId: string;
  body: string;
  /** owners see only images that passed the check */
  images: { fileID: string; check: string }[];
  audience: Audience;
  authorName: string;
  updatedAt: string;
  hold?: { reason: HoldReason; message: string };
  /** writers only: an outage's subscription messages to its owners, sent and not */
  delivery?: OutageDeliveryView;
  /** what the viewer may do (the server checks each one) */
  can: { edit: boolean; publish: boolean; withdraw: boolean; pin: boolean; stats: boolean };
}

export interface AnnouncementStatsView {
  readCount: number;
  byBuilding: { building: string; reads: number }[];
  byGroup: { groupId: string; name: string; reads: number }[];
}

const EXCERPT_LENGTH = 60;

export function toAnnouncementSummary(a: Announcement, writer: boolean): AnnouncementSummaryView {
  const excerpt = [...a.body.replace(/\s+/g, ' ')].slice(0, EXCERPT_LENGTH).join('');
  return {
    id: a.id,
    kind: a.kind,
    kindLabel: ANNOUNCEMENT_KIND_LABELS[a.kind],
    title: a.title,
    excerpt,
    pinned: a.pinned,
    status: a.status,
    ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}),
    ...(a.publishAt && writer ? { publishAt: a.publishAt } : {}),
    ...(a.outage ? { outage: a.outage } : {}),
    ...(writer ? { readCount: a.readCount } : {}),
    ...(writer && a.hold ? { holdMessage: holdMessage(a.hold) } : {}),
  };
}

export function toAnnouncementView(a: Announcement, writer: boolean): AnnouncementView {
  const images = writer ? a.images : a.images.filter((img) => img.check === 'pass');
  const editable = a.status === 'draft' || a.status === 'held';
  return {
    ...toAnnouncementSummary(a, writer),
    communityId: a.communityId,
    body: a.body,
    images: images.map((img) => ({ fileID: img.fileID, check: img.check })),
    audience: a.audience,
    authorName: a.authorName,
    updatedAt: a.updatedAt,
    ...(writer && a.hold ? { hold: { reason: a.hold.reason, message: holdMessage(a.hold) } } : {}),
    ...(writer && a.delivery ? { delivery: toDeliveryView(a) } : {}),
    can: {
      edit: writer && editable,
      publish: writer && (editable || a.status === 'scheduled'),
      withdraw: writer && a.status !== 'draft' && a.status !== 'withdrawn',
      pin: writer && a.status !== 'withdrawn',
      stats: writer,
    },
  };
}

export function toStatsView(a: Announcement, groups: readonly OwnerGroup[]): AnnouncementStatsView {
  const names = new Map(groups.map((g) => [g.id, g.name]));
  const byBuilding = Object.entries(a.readsByBuilding ?? {})
    .map(([key, reads]) => ({ building: fromCountKey(key), reads }))
    .sort((x, y) => x.building.localeCompare(y.building, 'zh-Hans-CN', { numeric: true }));
  const byGroup = Object.entries(a.readsByGroup ?? {})
    .map(([groupId, reads]) => ({ groupId, name: names.get(groupId) ?? '业主群', reads }))
    .sort((x, y) => y.reads - x.reads);
  return { readCount: a.readCount, byBuilding, byGroup };
}

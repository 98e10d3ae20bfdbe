// Announcements (公告): what the service desk and the group admins tell a community's owners.
// Pure rules: who may read one, what publishing does once the content check has answered, how a
// read is counted. No database, no clock (time comes in as `now`).
import type { Role, UnitSummary, User } from './model';
import { forbidden, illegalTransition, invalidInput, notFound } from './errors';
import { riskLabel } from './content-check';
import { newDelivery, wantsDelivery } from './outage-delivery';
import type { OutageDelivery } from './outage-delivery';
import { toIso } from './time';

export const ANNOUNCEMENT_KINDS = ['notice', 'outage', 'event', 'meeting'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

export const ANNOUNCEMENT_KIND_LABELS: Record<AnnouncementKind, string> = {
  notice: '通知',
  outage: '停水停电',
  event: '社区活动',
  meeting: '业主大会',
};

/**
 * draft → (publish) → held (a check said risky, or an image's result is awaited) | scheduled | published;
 * scheduled → published (the timer); any but draft → withdrawn.
 */
export const ANNOUNCEMENT_STATUSES = ['draft', 'held', 'scheduled', 'published', 'withdrawn'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/** Roles that write a community's announcements (the server checks the community too). */
export const ANNOUNCEMENT_WRITERS: readonly Role[] = ['group_admin', 'receptionist'];

export type ImageCheck = 'unchecked' | 'pending' | 'pass' | 'risky';

export interface AnnouncementImage {
  fileID: string;
  check: ImageCheck;
  label?: number;
}

export type HoldReason = 'text_risky' | 'image_risky' | 'image_pending' | 'check_unavailable';

export interface Hold {
  reason: HoldReason;
  /** WeChat's label for a risky verdict */
  label?: number;
  at: string;
}

export interface Audience {
  /** the whole community, or only these buildings (楼栋 names, e.g. "1栋") */
  all: boolean;
  buildings: string[];
}

export interface Announcement {
  id: string;
  communityId: string;
  kind: AnnouncementKind;
  title: string;
  body: string;
  images: AnnouncementImage[];
  /** an outage's window (停水停电: from, to) */
  outage?: { startAt: string; endAt: string };
  audience: Audience;
  pinned: boolean;
  status: AnnouncementStatus;
  hold?: Hold;
  /** when the writer wants it out: absent = at once */
  publishAt?: string;
  /** present only while scheduled: what the timer looks for (index `publish_due`) */
  publishDueAt?: string;
  publishedAt?: string;
  /** `1`/`0` for pinned, then publishedAt: one descending key orders the feed (index `feed`) */
  feedRank?: string;
  authorOpenid: string;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  readCount: number;
  /** reads per building, keyed by `countKey(building)` */
  readsByBuilding: Record<string, number>;
  /** reads of people who opened it from a WeChat group, keyed by the group's opengid */
  readsByGroup: Record<string, number>;
  /** an outage's subscription messages to the people of its buildings, from when it is published */
  delivery?: OutageDelivery;
  /** present only while that delivery is under way: what the timer looks for (index `delivery_due`) */
  deliveryDueAt?: string;
}

/** One person's read of one announcement (`_id` `<announcementId>_<openid>`): the count of once. */
export interface AnnouncementRead {
  id: string;
  announcementId: string;
  openid: string;
  building: string;
  groupId?: string;
  at: string;
}

export const readId = (announcementId: string, openid: string): string => `${announcementId}_${openid}`;

/** A building's name as a field name: no `.` or `$` (they would be read as a path or an operator). */
export const countKey = (building: string): string =>
  building.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
export const fromCountKey = (key: string): string =>
  key.replace(/%([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

export const feedRankOf = (pinned: boolean, publishedAt: string): string => `${pinned ? 1 : 0}${publishedAt}`;

/** The buildings of a community in which this person lives. */
export function buildingsIn(units: readonly UnitSummary[], communityId: string): string[] {
  return [...new Set(units.filter((u) => u.communityId === communityId).map((u) => u.building))];
}

/** The communities where this person lives (their feed reads these). */
export const homeCommunities = (units: readonly UnitSummary[]): string[] => [
  ...new Set(units.map((u) => u.communityId)),
];

export function audienceIncludes(audience: Audience, buildings: readonly string[]): boolean {
  return buildings.length > 0 && (audience.all || buildings.some((b) => audience.buildings.includes(b)));
}

/** May this person write this community's announcements? */
export function writesFor(user: Pick<User, 'roles' | 'communityIds' | 'communityId'>, communityId: string): boolean {
  if (!user.roles.some((r) => ANNOUNCEMENT_WRITERS.includes(r))) return false;
  const ids = user.communityIds ?? (user.communityId ? [user.communityId] : []);
  return ids.includes(communityId);
}

export function assertWriter(user: Pick<User, 'roles' | 'communityIds' | 'communityId'>, a: Announcement): void {
  if (!writesFor(user, a.communityId)) throw notFound('公告不存在或您无权查看');
}

/** What an owner may open: published, and addressed to a building they live in. */
export function readableBy(a: Announcement, units: readonly UnitSummary[]): boolean {
  return a.status === 'published' && audienceIncludes(a.audience, buildingsIn(units, a.communityId));
}

/** The building a read is counted under: the first of the reader's buildings the audience names. */
export function readerBuilding(a: Announcement, units: readonly UnitSummary[]): string {
  const mine = buildingsIn(units, a.communityId);
  return (a.audience.all ? mine[0] : mine.find((b) => a.audience.buildings.includes(b))) ?? mine[0] ?? '';
}

const EDITABLE: AnnouncementStatus[] = ['draft', 'held'];
const PUBLISHABLE: AnnouncementStatus[] = ['draft', 'held', 'scheduled'];

export function assertEditable(a: Announcement): void {
  if (!EDITABLE.includes(a.status)) throw illegalTransition('已发布或已撤回的公告不能修改，请撤回后重新发布');
}

export function assertPublishable(a: Announcement): void {
  if (!PUBLISHABLE.includes(a.status)) throw illegalTransition('该公告已发布或已撤回');
}

export function assertWithdrawable(a: Announcement): void {
  if (a.status === 'draft' || a.status === 'withdrawn') throw illegalTransition('该公告尚未发布或已撤回');
}

/** The audience checked against the community's buildings. */
export function checkAudience(audience: Audience, communityBuildings: readonly string[]): void {
  if (audience.all) return;
  if (audience.buildings.length === 0) throw invalidInput('请选择楼栋', 'audience.buildings');
  const unknown = audience.buildings.find((b) => !communityBuildings.includes(b));
  if (unknown !== undefined) throw invalidInput(`小区没有${unknown}`, 'audience.buildings');
}

export function ensureWriterRole(user: Pick<User, 'roles'>): void {
  if (!user.roles.some((r) => ANNOUNCEMENT_WRITERS.includes(r))) throw forbidden();
}

const stripSchedule = (a: Announcement): Announcement => {
  const { publishDueAt: _due, hold: _hold, ...rest } = a;
  return rest;
};

/** Out now, or at its time: what follows once the text and every image passed. */
export function release(a: Announcement, now: Date): Announcement {
  const base = { ...stripSchedule(a), updatedAt: toIso(now), version: a.version + 1 };
  if (a.publishAt && Date.parse(a.publishAt) > now.getTime()) {
    return { ...base, status: 'scheduled', publishDueAt: a.publishAt };
  }
  return publishNow(base, now);
}

/** Every way to `published` passes here, so an outage is marked for its messages here. */
export function publishNow(a: Announcement, now: Date): Announcement {
  // a scheduled one is out at its time (the timer runs each minute); anything else now
  const publishedAt = a.publishDueAt ?? toIso(now);
  return {
    ...stripSchedule(a),
    status: 'published',
    publishedAt,
    feedRank: feedRankOf(a.pinned, publishedAt),
    ...(wantsDelivery(a, now) ? { delivery: newDelivery(now), deliveryDueAt: toIso(now) } : {}),
    updatedAt: toIso(now),
    version: a.version + 1,
  };
}

/** Owners no longer see it; a scheduled one is not published; a delivery under way stops. */
export function withdrawn(a: Announcement, now: Date): Announcement {
  const { publishDueAt: _due, hold: _hold, deliveryDueAt: _delivery, ...rest } = a;
  return { ...rest, status: 'withdrawn', updatedAt: toIso(now), version: a.version + 1 };
}

export function hold(a: Announcement, reason: HoldReason, now: Date, label?: number): Announcement {
  return {
    ...stripSchedule(a),
    status: 'held',
    hold: { reason, at: toIso(now), ...(label !== undefined ? { label } : {}) },
    updatedAt: toIso(now),
    version: a.version + 1,
  };
}

/** After an image's late result: still waiting, held for a risky one, or released. */
export function afterImageResult(
  a: Announcement,
  fileID: string,
  risky: boolean,
  label: number,
  now: Date,
): Announcement {
  const images = a.images.map((img) =>
    img.fileID === fileID && img.check === 'pending' ? { ...img, check: risky ? 'risky' : 'pass', label } : img,
  ) as AnnouncementImage[];
  const next = { ...a, images };
  if (a.status !== 'held' || a.hold?.reason !== 'image_pending') return { ...next, version: a.version + 1 };
  const riskyImage = images.find((img) => img.check === 'risky');
  if (riskyImage) return hold(next, 'image_risky', now, riskyImage.label);
  if (images.some((img) => img.check !== 'pass')) return { ...next, updatedAt: toIso(now), version: a.version + 1 };
  return release(next, now);
}

export const HOLD_MESSAGES: Record<HoldReason, string> = {
  text_risky: '标题或正文未通过微信内容安全检查',
  image_risky: '图片未通过微信内容安全检查，请删除该图片后重新发布',
  image_pending: '图片正在接受微信内容安全检查，通过后自动发布',
  check_unavailable: '内容安全检查暂时无法完成，请稍后重新发布',
};

export function holdMessage(h: Hold): string {
  const base = HOLD_MESSAGES[h.reason];
  return h.label !== undefined && (h.reason === 'text_risky' || h.reason === 'image_risky')
    ? `${base}（${riskLabel(h.label)}）`
    : base;
}

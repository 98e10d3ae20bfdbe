// An outage notice (停水停电) delivered as a subscription message to the people of the buildings it
// names: what the announcement keeps of the delivery (its place, its counts, whom to try again),
// what the message says, and what each send's outcome adds. Pure: the timer job reads and sends.
import type { Announcement } from './announcements';
import type { SendRecord } from './subscription-ledger';
import type { MessageValues } from './subscription-messages';
import { toIso } from './time';

/** Tries of one message in all (the first and the retries of a transient failure, one a run). */
export const MAX_OUTAGE_TRIES = 4;

/** Where a unit stands in the walk: the community's units in (building, entrance, room) order. */
export interface UnitPosition {
  building: string;
  entrance: string;
  room: string;
}

export interface DeliveryCounts {
  sent: number;
  /** no grant left for the outage template: nothing sent */
  noQuota: number;
  /** WeChat answered 43101 */
  refused: number;
  /** not sent and not tried again: a field or the call refused, or every try failed */
  failed: number;
}

export interface OutageDelivery {
  state: 'delivering' | 'done';
  /**
   * The walk's place: `building` indexes the audience's buildings in order (always 0 for the whole
   * community), `after` the last unit whose people were all messaged (absent: from its start).
   */
  cursor: { building: number; after?: UnitPosition };
  /** every unit was walked; only retries may remain */
  unitsDone: boolean;
  counts: DeliveryCounts;
  /** people whose last try failed for a reason a later try may mend */
  retrying: string[];
  /** one more on each progress write: a write that finds another step was overtaken and stops */
  step: number;
  startedAt: string;
  updatedAt: string;
  finishedAt?: string;
}

export type DeliveryState = OutageDelivery['state'] | 'stopped';

export interface OutageDeliveryView extends DeliveryCounts {
  /** `stopped`: withdrawn before every owner was messaged */
  state: DeliveryState;
  retrying: number;
  unitsDone: boolean;
  startedAt: string;
  finishedAt?: string;
}

/** The key of the message to one person: one message per announcement and person, whatever their homes. */
export const outageMessageKey = (announcementId: string, openid: string): string =>
  `outage:${announcementId}:${openid}`;

/** Is a delivery due when this announcement is published now? An outage still ahead or under way. */
export function wantsDelivery(a: Announcement, now: Date): boolean {
  return a.kind === 'outage' && !a.delivery && !!a.outage && Date.parse(a.outage.endAt) > now.getTime();
}

export function newDelivery(now: Date): OutageDelivery {
  const at = toIso(now);
  return {
    state: 'delivering',
    cursor: { building: 0 },
    unitsDone: false,
    counts: { sent: 0, noQuota: 0, refused: 0, failed: 0 },
    retrying: [],
    step: 0,
    startedAt: at,
    updatedAt: at,
  };
}

/** The buildings walked, in order: `[undefined]` walks the whole community in one keyset. */
export function walkedBuildings(a: Pick<Announcement, 'audience'>): Array<string | undefined> {
  return a.audience.all
    ? [undefined]
    : [...a.audience.buildings].sort((x, y) => x.localeCompare(y, 'zh-Hans-CN', { numeric: true }));
}

const UTILITIES: Array<[RegExp, string]> = [
  [/水/, '水'],
  [/电/, '电'],
  [/气/, '气'],
];

/** 停水, 停电, 停水停电 … from the announcement's words (a `phrase`: five Chinese characters at most). */
export function outageKindOf(text: string): string {
  const cut = UTILITIES.filter(([pattern]) => pattern.test(text)).map(([, word]) => word);
  if (cut.length === 1) return `停${cut[0]}`;
  if (cut.length === 2) return `停${cut[0]}停${cut[1]}`;
  if (cut.length === 3) return '停水电气';
  return '停水停电';
}

/** The outage template's values; each is shaped to its field's rules when sent. */
export function outageMessageValues(a: Announcement): MessageValues {
  return {
    kind: outageKindOf(`${a.title}${a.body}`),
    area: a.audience.all ? '全小区' : walkedBuildings(a).join('、'),
    ...(a.outage ? { start: a.outage.startAt, end: a.outage.endAt } : {}),
    note: a.title,
  };
}

/** What one send adds: its outcome counted, or its person kept for a later try. */
export function tally(d: OutageDelivery, record: Pick<SendRecord, 'openid' | 'outcome' | 'attempts'>): OutageDelivery {
  const retrying = d.retrying.filter((openid) => openid !== record.openid);
  const counts = { ...d.counts };
  switch (record.outcome) {
    case 'sent':
      counts.sent += 1;
      break;
    case 'no_quota':
      counts.noQuota += 1;
      break;
    case 'refused':
      counts.refused += 1;
      break;
    case 'failed':
      if (record.attempts.length < MAX_OUTAGE_TRIES) return { ...d, counts, retrying: [...retrying, record.openid] };
      counts.failed += 1;
      break;
    default:
      counts.failed += 1;
  }
  return { ...d, counts, retrying };
}

/** Is this person's failed message due another try in this run (not tried in it already)? */
export const retryDue = (record: Pick<SendRecord, 'attempts'>, now: Date): boolean =>
  (record.attempts[record.attempts.length - 1]?.at ?? '') < toIso(now);

export function finishedIfComplete(d: OutageDelivery, now: Date): OutageDelivery {
  return d.unitsDone && d.retrying.length === 0 ? { ...d, state: 'done', finishedAt: toIso(now) } : d;
}

export function toDeliveryView(a: Pick<Announcement, 'status' | 'delivery'>): OutageDeliveryView | undefined {
  const d = a.delivery;
  if (!d) return undefined;
  return {
    state: d.state === 'delivering' && a.status === 'withdrawn' ? 'stopped' : d.state,
    ...d.counts,
    retrying: d.retrying.length,
    unitsDone: d.unitsDone,
    startedAt: d.startedAt,
    ...(d.finishedAt ? { finishedAt: d.finishedAt } : {}),
  };
}

// The weekly sample of closed repairs that get a return visit. The rule is public and repeatable:
// in each community, the week's closed repairs are ranked by sha256("<week>:<ticketId>") (hex,
// ascending; ties by id) and the first ceil(share × n) are visited. Anyone holding the week, the
// share and the candidate ids (all kept in the week's sample record) gets the same choice again;
// another week ranks the same requests differently. (Node's crypto: the app never imports this file.)
import { createHash } from 'crypto';
import { CHINA_UTC_OFFSET_MINUTES, toIso } from './time';

export const SAMPLE_RULE = 'sha256("<week>:<ticketId>") ascending, first ceil(share × n) per community';

const DAY_MS = 24 * 60 * 60_000;
const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000;

/** A Monday–Sunday week in China time: its key (the Monday, YYYY-MM-DD) and its bounds as instants. */
export interface SampleWeek {
  key: string;
  /** Monday 00:00 (+08:00), included */
  start: string;
  /** the next Monday 00:00 (+08:00), excluded */
  end: string;
}

/** The China-time week that contains `instant`. */
export function weekOf(instant: Date): SampleWeek {
  const local = new Date(instant.getTime() + OFFSET_MS); // its UTC fields read China's wall clock
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  const monday = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - sinceMonday) - OFFSET_MS;
  return {
    key: toIso(new Date(monday)).slice(0, 10),
    start: toIso(new Date(monday)),
    end: toIso(new Date(monday + 7 * DAY_MS)),
  };
}

/** The week before the one that contains `instant`. */
export const previousWeek = (instant: Date): SampleWeek => weekOf(new Date(Date.parse(weekOf(instant).start) - 1));

/** Whether the sample of the week before may be drawn: from Monday `hour`:00 China time on. */
export function sampleDue(instant: Date, hour = 9): boolean {
  return instant.getTime() >= Date.parse(weekOf(instant).start) + hour * 60 * 60_000;
}

export const sampleRank = (weekKey: string, ticketId: string): string =>
  createHash('sha256').update(`${weekKey}:${ticketId}`).digest('hex');

export interface SampleCandidate {
  id: string;
  communityId: string;
}

export interface CommunitySample {
  communityId: string;
  /** every closed repair of the week in the community (the rule's input) */
  candidates: string[];
  /** the ones visited, in rank order */
  picked: string[];
}

/** How many of `n` the share picks: ceil(share × n), never more than n. */
export const sampleSize = (share: number, n: number): number => Math.min(n, Math.ceil(share * n - 1e-9));

/** The sample of each community (in community order), by the rule above. */
export function pickSample(weekKey: string, share: number, candidates: SampleCandidate[]): CommunitySample[] {
  const byCommunity = new Map<string, string[]>();
  for (const c of candidates) {
    const ids = byCommunity.get(c.communityId);
    if (ids) ids.push(c.id);
    else byCommunity.set(c.communityId, [c.id]);
  }
  return [...byCommunity.keys()].sort().map((communityId) => {
    const ids = [...new Set(byCommunity.get(communityId))].sort();
    const ranked = ids
      .map((id) => ({ id, rank: sampleRank(weekKey, id) }))
      .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1));
    return {
      communityId,
      candidates: ids,
      picked: ranked.slice(0, sampleSize(share, ids.length)).map((r) => r.id),
    };
  });
}

/** The record of one week's sample: enough to check the choice and to draw it again. */
export interface VisitSampleRecord {
  /** the week's key */
  id: string;
  week: SampleWeek;
  share: number;
  rule: string;
  /** when it was drawn */
  at: string;
  candidates: number;
  picked: number;
  communities: CommunitySample[];
}

// A month's figure set: a closed month's from its snapshot (counted and kept on first need), the
// running month's counted now. Counting is three aggregates side by side (requests, visits,
// surveys): one round trip each.
import type { FigureSet } from '../../domain/figures/counts';
import { isClosedMonth, monthRange, monthsEnding } from '../../domain/figures/month';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { toIso } from '../../domain/time';
import { snapshotId } from '../repositories/cloud-figures';
import type { Repositories } from '../repositories/types';

/** A rating above this is satisfied (the one at or below which a request is sent back). */
export const SATISFIED_ABOVE = DEFAULT_SETTINGS.unsatisfiedAtOrBelow;

export async function countMonth(
  repos: Repositories,
  communityId: string,
  month: string,
  now: Date,
): Promise<FigureSet> {
  const range = monthRange(month);
  const asOf = toIso(now);
  const [rows, visits, surveys] = await Promise.all([
    repos.figures.requestRows(communityId, range, asOf, SATISFIED_ABOVE),
    repos.figures.visitCounts(communityId, range),
    repos.figures.surveyCounts(communityId, range),
  ]);
  return { communityId, month, asOf, rows, visits, surveys };
}

export interface MonthFigures {
  set: FigureSet;
  /** read from the month's snapshot (a closed month) */
  kept: boolean;
}

/** The figure sets of these months, oldest first: closed months kept once and then read, the rest counted. */
export async function monthSets(
  repos: Repositories,
  communityId: string,
  months: string[],
  now: Date,
): Promise<MonthFigures[]> {
  const closed = months.filter((m) => isClosedMonth(m, now));
  const kept = new Map(
    (await repos.figures.snapshots(closed.map((m) => snapshotId(communityId, m)))).map((s) => [s.month, s]),
  );
  return Promise.all(
    months.map(async (month) => {
      const snapshot = kept.get(month);
      if (snapshot) return { set: snapshot, kept: true };
      const set = await countMonth(repos, communityId, month, now);
      if (isClosedMonth(month, now)) await repos.figures.keepSnapshot(set);
      return { set, kept: false };
    }),
  );
}

export async function monthSet(
  repos: Repositories,
  communityId: string,
  month: string,
  now: Date,
): Promise<MonthFigures> {
  const [figures] = await monthSets(repos, communityId, [month], now);
  return figures;
}

export const TREND_MONTHS = 12;
export const trendMonths = (last: string): string[] => monthsEnding(last, TREND_MONTHS);

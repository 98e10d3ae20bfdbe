// When the scheduled surveys open: on the 1st of their month, China time, each community by its own
// settings. A scheduled survey's id is derived from community, kind and month, so opening it twice
// writes it once.
import { CHINA_UTC_OFFSET_MINUTES, toIso } from '../time';
import type { SurveyKind } from './definition';
import type { SurveySettings } from './settings';

const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000;

/** The China-time month of an instant: its key (YYYY-MM), its number and when it began. */
export function monthOf(instant: Date): { key: string; month: number; start: string } {
  const local = new Date(instant.getTime() + OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  const start = new Date(Date.UTC(year, month - 1, 1) - OFFSET_MS);
  return { key: `${year}-${String(month).padStart(2, '0')}`, month, start: toIso(start) };
}

/** The kinds a community's settings open in `month` (1–12). */
export function scheduledKinds(settings: SurveySettings, month: number): SurveyKind[] {
  return [
    ...(settings.satisfactionMonths.includes(month) ? (['satisfaction'] as const) : []),
    ...(settings.opinionMonth === month ? (['opinion'] as const) : []),
  ];
}

export const scheduledSurveyId = (communityId: string, kind: SurveyKind, monthKey: string): string =>
  `sched_${communityId}_${kind}_${monthKey}`.replace(/[^\w-]/g, '_');

/** When answers stop being collected. */
export const closesAtFor = (openedAt: string, answerDays: number): string =>
  toIso(new Date(Date.parse(openedAt) + answerDays * 24 * 60 * 60_000));

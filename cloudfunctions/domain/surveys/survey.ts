// A survey from draft to closed. Opening fixes whom it reaches (every unit of the community, or the
// opinion survey's sample) and when answers stop; the timer then tells the people of those units
// and closes it on time. Pure: ids, time and what was read come in.
import { illegalTransition } from '../errors';
import type { UnitSummary } from '../model';
import { toIso } from '../time';
import type { Question, SurveyKind } from './definition';
import { SURVEY_KIND_LABELS } from './definition';
import { closesAtFor } from './schedule';
import type { SurveySettings } from './settings';

export type SurveyStatus = 'draft' | 'open' | 'closed';

export const SURVEY_STATUS_LABELS: Record<SurveyStatus, string> = {
  draft: '未发布',
  open: '进行中',
  closed: '已结束',
};

export interface BuildingReach {
  building: string;
  units: number;
}

export interface Survey {
  id: string;
  communityId: string;
  communityName: string;
  kind: SurveyKind;
  title: string;
  questions: Question[];
  status: SurveyStatus;
  /** from the community's settings when it was created */
  returnTarget: number;
  answerDays: number;
  lowRating: number;
  sampleShare?: number;
  /** the month (YYYY-MM) the schedule opened it for */
  scheduledMonth?: string;
  createdAt: string;
  createdBy: { openid: string; name: string };
  openedAt?: string;
  closesAt?: string;
  closedAt?: string;
  closedBy?: { openid: string; name: string };
  /** the units it reaches, by building, fixed when it opened */
  reach?: BuildingReach[];
  /** the sampled unit ids (the opinion survey); absent: every unit of the community */
  sampledUnits?: string[];
  /** telling the people it reaches: the last membership written, and whether all were */
  notify?: { after?: string; done: boolean; sent: number };
  /** when the timer must next look at it (messages to write, or closing); absent once closed */
  timerAt?: string;
  version: number;
}

export function newSurvey(
  fields: Pick<Survey, 'id' | 'communityId' | 'communityName' | 'kind' | 'title' | 'questions' | 'createdBy'> & {
    scheduledMonth?: string;
  },
  settings: SurveySettings,
  now: Date,
): Survey {
  return {
    ...fields,
    status: 'draft',
    returnTarget: settings.returnTarget,
    answerDays: settings.answerDays,
    lowRating: settings.lowRating,
    ...(fields.kind === 'opinion' ? { sampleShare: settings.opinionSampleShare } : {}),
    createdAt: toIso(now),
    version: 1,
  };
}

/** Whether the survey samples units (the opinion survey) or reaches them all. */
export const isSampled = (survey: Pick<Survey, 'kind'>): boolean => survey.kind === 'opinion';

/** The survey open: whom it reaches, when answers stop, messages to write at once. */
export function openSurvey(
  survey: Survey,
  reach: { buildings: BuildingReach[]; sampledUnits?: string[] },
  openedAt: string,
): Survey {
  if (survey.status !== 'draft') throw illegalTransition('问卷已发布');
  const closesAt = closesAtFor(openedAt, survey.answerDays);
  return {
    ...survey,
    status: 'open',
    openedAt,
    closesAt,
    reach: reach.buildings,
    ...(reach.sampledUnits ? { sampledUnits: reach.sampledUnits } : {}),
    notify: { done: false, sent: 0 },
    timerAt: openedAt,
    version: survey.version + 1,
  };
}

export function closeSurvey(survey: Survey, now: Date, by?: { openid: string; name: string }): Survey {
  if (survey.status !== 'open') throw illegalTransition(survey.status === 'draft' ? '问卷尚未发布' : '问卷已结束');
  const { timerAt, ...rest } = survey;
  void timerAt;
  return {
    ...rest,
    status: 'closed',
    closedAt: toIso(now),
    ...(by ? { closedBy: by } : {}),
    version: survey.version + 1,
  };
}

/** Messages were written up to `after` (`done`: all of them); the timer next looks at closing. */
export function notified(survey: Survey, sent: number, after: string | undefined, done: boolean): Survey {
  const before = survey.notify ?? { done: false, sent: 0 };
  return {
    ...survey,
    notify: { ...(after ? { after } : before.after ? { after: before.after } : {}), done, sent: before.sent + sent },
    ...(done && survey.closesAt ? { timerAt: survey.closesAt } : {}),
    version: survey.version + 1,
  };
}

/** The caller's units this survey reaches: in its community, and in its sample if it has one. */
export function reachedUnits(survey: Survey, units: readonly UnitSummary[]): UnitSummary[] {
  const sampled = survey.sampledUnits ? new Set(survey.sampledUnits) : undefined;
  return units.filter((u) => u.communityId === survey.communityId && (!sampled || sampled.has(u.id)));
}

export const reachedTotal = (survey: Pick<Survey, 'reach'>): number =>
  (survey.reach ?? []).reduce((sum, b) => sum + b.units, 0);

/** A survey as staff list it. */
export interface SurveySummaryView {
  id: string;
  communityId: string;
  communityName: string;
  kind: SurveyKind;
  kindLabel: string;
  title: string;
  status: SurveyStatus;
  statusLabel: string;
  questions: number;
  returnTarget: number;
  sampleShare?: number;
  scheduledMonth?: string;
  createdAt: string;
  openedAt?: string;
  closesAt?: string;
  closedAt?: string;
  reached: number;
  notified?: number;
}

export const toSurveySummary = (s: Survey): SurveySummaryView => ({
  id: s.id,
  communityId: s.communityId,
  communityName: s.communityName,
  kind: s.kind,
  kindLabel: SURVEY_KIND_LABELS[s.kind],
  title: s.title,
  status: s.status,
  statusLabel: SURVEY_STATUS_LABELS[s.status],
  questions: s.questions.length,
  returnTarget: s.returnTarget,
  ...(s.sampleShare !== undefined ? { sampleShare: s.sampleShare } : {}),
  ...(s.scheduledMonth ? { scheduledMonth: s.scheduledMonth } : {}),
  createdAt: s.createdAt,
  ...(s.openedAt ? { openedAt: s.openedAt } : {}),
  ...(s.closesAt ? { closesAt: s.closesAt } : {}),
  ...(s.closedAt ? { closedAt: s.closedAt } : {}),
  reached: reachedTotal(s),
  ...(s.notify ? { notified: s.notify.sent } : {}),
});

/** A survey as an owner reads it: what to answer, until when, and whether they have. */
export interface OwnerSurveyView {
  id: string;
  kindLabel: string;
  title: string;
  communityName: string;
  status: SurveyStatus;
  closesAt?: string;
  questions: Question[];
  /** the unit the answer counts for */
  unitLabel: string;
  answered: boolean;
  answeredAt?: string;
}

export const toOwnerSurvey = (
  s: Survey,
  unit: Pick<UnitSummary, 'label'>,
  answeredAt: string | undefined,
): OwnerSurveyView => ({
  id: s.id,
  kindLabel: SURVEY_KIND_LABELS[s.kind],
  title: s.title,
  communityName: s.communityName,
  status: s.status,
  ...(s.closesAt ? { closesAt: s.closesAt } : {}),
  questions: s.questions,
  unitLabel: unit.label,
  answered: answeredAt !== undefined,
  ...(answeredAt ? { answeredAt } : {}),
});

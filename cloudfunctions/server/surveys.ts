// What opening a survey and telling its people take, shared by the `survey` function (an admin
// opens a draft) and the timer (the schedule opens one, and writes its messages a batch at a time).
import { DomainError, illegalTransition } from '../domain/errors';
import type { Membership } from '../domain/household';
import { chinaDay } from '../domain/binding';
import { sampleSeed, surveyMessageId } from '../domain/surveys/ids';
import { surveyMessage } from '../domain/surveys/notice';
import { drawSample } from '../domain/surveys/sample';
import { DEFAULT_SURVEY_SETTINGS } from '../domain/surveys/settings';
import type { BuildingReach, Survey } from '../domain/surveys/survey';
import { isSampled, notified, openSurvey } from '../domain/surveys/survey';
import { toIso } from '../domain/time';
import type { Repositories } from './repositories/types';

/** People told per batch: one membership read and one message write each. */
export const NOTIFY_BATCH = 200;

/**
 * Opens a draft: every unit of the community (one request per 1,000 units), or the opinion survey's
 * sample of them; then the survey's write and, for a sample, its record for auditors.
 */
export async function openDraft(repos: Repositories, survey: Survey, now: Date): Promise<Survey> {
  if (survey.status !== 'draft') throw illegalTransition('问卷已发布');
  const units = await repos.places.unitsOf(survey.communityId);
  if (units.length === 0) throw illegalTransition('该小区还没有房屋，无法发布问卷');
  const at = toIso(now);
  if (!isSampled(survey)) {
    const counts = new Map<string, number>();
    for (const unit of units) counts.set(unit.building, (counts.get(unit.building) ?? 0) + 1);
    const buildings: BuildingReach[] = [...counts].map(([building, n]) => ({ building, units: n }));
    const opened = openSurvey(survey, { buildings }, at);
    await repos.surveys.save(survey, opened);
    return opened;
  }
  const sample = drawSample(sampleSeed(), survey.sampleShare ?? DEFAULT_SURVEY_SETTINGS.opinionSampleShare, units);
  const opened = openSurvey(
    survey,
    {
      buildings: sample.buildings.map((b) => ({ building: b.building, units: b.picked.length })),
      sampledUnits: sample.buildings.flatMap((b) => b.picked),
    },
    at,
  );
  await repos.surveys.save(survey, opened);
  await repos.surveys.recordSample(survey.id, sample, at);
  return opened;
}

/** The people a survey reaches among these memberships, once each (a tenancy that ended does not count). */
function reachedPeople(survey: Survey, members: Membership[], today: string): string[] {
  const sampled = survey.sampledUnits ? new Set(survey.sampledUnits) : undefined;
  const people = members.filter(
    (m) => (!sampled || sampled.has(m.unitId)) && (!m.tenancyEndsOn || m.tenancyEndsOn >= today),
  );
  return [...new Set(people.map((m) => m.openid))];
}

/**
 * Tells the next batch of the community's people the survey reached them: one read of memberships,
 * one write of messages (their ids are derived from survey and person, so a batch written again
 * writes nothing twice), one write of the survey's progress. Answers how many messages were new.
 */
export async function notifyNextBatch(
  repos: Repositories,
  survey: Survey,
  now: Date,
  batch = NOTIFY_BATCH,
): Promise<{ survey: Survey; sent: number }> {
  const members = await repos.surveys.membersOf(survey.communityId, survey.notify?.after, batch);
  const at = toIso(now);
  const messages = reachedPeople(survey, members, chinaDay(now)).map((openid) =>
    surveyMessage(survey, openid, surveyMessageId(survey.id, openid), at),
  );
  const sent = await repos.messages.addMany(messages);
  const next = notified(survey, sent, members[members.length - 1]?.id, members.length < batch);
  await repos.surveys.save(survey, next);
  return { survey: next, sent };
}

export const isConflict = (error: unknown): boolean =>
  error instanceof DomainError && (error.code === 'CONFLICT' || error.code === 'ILLEGAL_TRANSITION');

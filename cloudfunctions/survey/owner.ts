// What an owner may answer: an open survey of their community that reached one of their units.
import { illegalTransition, notFound } from '../domain/errors';
import type { UnitSummary } from '../domain/model';
import type { Survey } from '../domain/surveys/survey';
import { reachedUnits } from '../domain/surveys/survey';
import { SURVEY_NOT_FOUND } from './load';

/** The unit an owner's answer counts for; a survey that did not reach them is not found. */
export function unitReached(survey: Survey, units: readonly UnitSummary[]): UnitSummary {
  const [unit] = survey.status === 'draft' ? [] : reachedUnits(survey, units);
  if (!unit) throw notFound(SURVEY_NOT_FOUND);
  return unit;
}

export function assertAnswerable(survey: Survey, nowIso: string): void {
  if (survey.status !== 'open' || (survey.closesAt !== undefined && survey.closesAt <= nowIso))
    throw illegalTransition('问卷已结束，感谢您的关注');
}

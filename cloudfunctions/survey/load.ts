// Reading a survey for the one who asked: missing or out of their reach, it is not found.
import { notFound } from '../domain/errors';
import type { Actor } from '../domain/model';
import { assertSurveyScope } from '../domain/surveys/access';
import type { Survey } from '../domain/surveys/survey';
import type { Repositories } from '../server/repositories/types';

export const SURVEY_NOT_FOUND = '问卷不存在或您无权查看';

export async function surveyFor(repos: Repositories, caller: Actor, surveyId: string): Promise<Survey> {
  const survey = await repos.surveys.get(surveyId);
  if (!survey) throw notFound(SURVEY_NOT_FOUND);
  assertSurveyScope(caller, survey.communityId);
  return survey;
}

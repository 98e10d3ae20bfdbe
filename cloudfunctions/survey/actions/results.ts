import { SURVEY_READERS } from '../../domain/surveys/access';
import { surveyResults } from '../../domain/surveys/results';
import type { SurveyResults } from '../../domain/surveys/results';
import { surveyIdInput } from '../../domain/surveys/schemas';
import { toSurveySummary } from '../../domain/surveys/survey';
import type { SurveySummaryView } from '../../domain/surveys/survey';
import { defineAction } from '../../server/action';
import { surveyFor } from '../load';

/**
 * Results by question, by building and the response rate against the return target. Three
 * database requests in two round trips: the survey, then two aggregates at once.
 */
export const results = defineAction({
  schema: surveyIdInput,
  roles: SURVEY_READERS,
  async run({ surveyId }, { caller, repos }): Promise<{ survey: SurveySummaryView; results: SurveyResults }> {
    const survey = await surveyFor(repos, caller, surveyId);
    const [picks, buildings] = await Promise.all([
      repos.surveys.pickTallies(survey.id),
      repos.surveys.buildingTallies(survey.id),
    ]);
    return { survey: toSurveySummary(survey), results: surveyResults(survey, picks, buildings) };
  },
});

import { assertManages, SURVEY_MANAGERS } from '../../domain/surveys/access';
import { surveyIdInput } from '../../domain/surveys/schemas';
import { closeSurvey, toSurveySummary } from '../../domain/surveys/survey';
import type { SurveySummaryView } from '../../domain/surveys/survey';
import { defineAction } from '../../server/action';
import { surveyFor } from '../load';

/** Stops collecting answers before the end date. Two requests: the survey, its write. */
export const close = defineAction({
  schema: surveyIdInput,
  roles: SURVEY_MANAGERS,
  async run({ surveyId }, { caller, now, repos }): Promise<SurveySummaryView> {
    const survey = await surveyFor(repos, caller, surveyId);
    assertManages(caller, survey.communityId);
    const closed = closeSurvey(survey, now, { openid: caller.openid, name: caller.name });
    await repos.surveys.save(survey, closed);
    return toSurveySummary(closed);
  },
});

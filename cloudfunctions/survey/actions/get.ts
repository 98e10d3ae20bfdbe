import { notFound } from '../../domain/errors';
import { AUDIENCES } from '../../domain/roles';
import { answerId } from '../../domain/surveys/ids';
import { surveyIdInput } from '../../domain/surveys/schemas';
import { toOwnerSurvey } from '../../domain/surveys/survey';
import type { OwnerSurveyView } from '../../domain/surveys/survey';
import { defineAction } from '../../server/action';
import { SURVEY_NOT_FOUND } from '../load';
import { unitReached } from '../owner';

/** A survey that reached me, its questions, and whether I answered it. Two requests at once. */
export const get = defineAction({
  schema: surveyIdInput,
  roles: AUDIENCES.filers,
  async run({ surveyId }, { caller, repos }): Promise<OwnerSurveyView> {
    const id = answerId(surveyId, caller.openid);
    const [survey, answered] = await Promise.all([repos.surveys.get(surveyId), repos.surveys.answeredAt([id])]);
    if (!survey) throw notFound(SURVEY_NOT_FOUND);
    return toOwnerSurvey(survey, unitReached(survey, caller.units), answered.get(id));
  },
});

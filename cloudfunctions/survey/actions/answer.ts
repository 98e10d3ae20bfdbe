import { DomainError, notFound } from '../../domain/errors';
import { AUDIENCES } from '../../domain/roles';
import { checkAnswer, problemIn } from '../../domain/surveys/answers';
import type { SurveyAnswer } from '../../domain/surveys/answer-record';
import { answerId } from '../../domain/surveys/ids';
import { answerSurveyInput } from '../../domain/surveys/schemas';
import { toOwnerSurvey } from '../../domain/surveys/survey';
import type { OwnerSurveyView } from '../../domain/surveys/survey';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { SURVEY_NOT_FOUND } from '../load';
import { assertAnswerable, unitReached } from '../owner';

export const ALREADY_ANSWERED_MESSAGE = '您已提交过这份问卷，感谢您的参与';

/**
 * My answer, checked against the questions, once per survey: its `_id` is derived from survey and
 * owner, so a second one (even sent at the same moment) is refused by the database with
 * ALREADY_ANSWERED. Two database requests: the survey, the insert.
 */
export const answer = defineAction({
  schema: answerSurveyInput,
  roles: AUDIENCES.filers,
  async run({ surveyId, answers }, { caller, now, repos }): Promise<OwnerSurveyView> {
    const survey = await repos.surveys.get(surveyId);
    if (!survey) throw notFound(SURVEY_NOT_FOUND);
    const unit = unitReached(survey, caller.units);
    const at = toIso(now);
    assertAnswerable(survey, at);
    const items = checkAnswer(survey.questions, answers);
    const problem = problemIn(survey.questions, items, survey.lowRating);
    const record: SurveyAnswer = {
      id: answerId(survey.id, caller.openid),
      surveyId: survey.id,
      communityId: survey.communityId,
      openid: caller.openid,
      name: caller.name,
      unitId: unit.id,
      unitLabel: unit.label,
      building: unit.building,
      items,
      answeredAt: at,
      ...(caller.phone ? { contactPhone: caller.phone } : {}),
      hasProblem: problem !== undefined,
      ...(problem ? { problem } : {}),
    };
    if ((await repos.surveys.addAnswer(record)) === 'duplicate')
      throw new DomainError('ALREADY_ANSWERED', ALREADY_ANSWERED_MESSAGE);
    return toOwnerSurvey(survey, unit, at);
  },
});

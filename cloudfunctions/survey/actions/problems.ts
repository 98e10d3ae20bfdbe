import type { Page } from '../../domain/api';
import { SURVEY_READERS } from '../../domain/surveys/access';
import { toProblemView } from '../../domain/surveys/answer-record';
import type { ProblemAnswerView } from '../../domain/surveys/answer-record';
import { listProblemsInput } from '../../domain/surveys/schemas';
import { defineAction } from '../../server/action';
import { surveyFor } from '../load';

/** The answers that raised a problem (a low rating, words for us), newest first. Two requests. */
export const problems = defineAction({
  schema: listProblemsInput,
  roles: SURVEY_READERS,
  async run({ surveyId, cursor, limit }, { caller, repos }): Promise<Page<ProblemAnswerView>> {
    const survey = await surveyFor(repos, caller, surveyId);
    const page = await repos.surveys.problems(survey.id, { limit, ...(cursor ? { cursor } : {}) });
    return { items: page.items.map(toProblemView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  },
});

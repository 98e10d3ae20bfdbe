import { AUDIENCES } from '../../domain/roles';
import { answerId } from '../../domain/surveys/ids';
import { reachedUnits, toOwnerSurvey } from '../../domain/surveys/survey';
import type { OwnerSurveyView } from '../../domain/surveys/survey';
import { toIso } from '../../domain/time';
import { z } from 'zod';
import { defineAction } from '../../server/action';

/** Most open surveys listed at once (a community runs two or three a year). */
const MAX_OPEN = 20;

/**
 * My open surveys: those of my communities that reached one of my units, answered or not (without
 * their questions). Two database requests: the open surveys, then which I answered.
 */
export const mine = defineAction({
  schema: z.object({}).strict(),
  roles: AUDIENCES.filers,
  async run(_input, { caller, now, repos }): Promise<OwnerSurveyView[]> {
    const communities = [...new Set(caller.units.map((u) => u.communityId))];
    const nowIso = toIso(now);
    const open = (await repos.surveys.openIn(communities, MAX_OPEN))
      .filter((s) => !s.closesAt || s.closesAt > nowIso)
      .map((survey) => ({ survey, unit: reachedUnits(survey, caller.units)[0] }))
      .filter((s) => s.unit !== undefined);
    const answered = await repos.surveys.answeredAt(open.map((s) => answerId(s.survey.id, caller.openid)));
    return open.map(({ survey, unit }) => ({
      ...toOwnerSurvey(survey, unit, answered.get(answerId(survey.id, caller.openid))),
      questions: [],
    }));
  },
});

import { randomBytes } from 'crypto';
import { notFound } from '../../domain/errors';
import { assertManages, SURVEY_MANAGERS } from '../../domain/surveys/access';
import { createSurveyInput } from '../../domain/surveys/schemas';
import { settingsOf } from '../../domain/surveys/settings';
import { newSurvey, toSurveySummary } from '../../domain/surveys/survey';
import type { SurveySummaryView } from '../../domain/surveys/survey';
import { SURVEY_TEMPLATES } from '../../domain/surveys/templates';
import { defineAction } from '../../server/action';

/**
 * A draft from one of the two templates, its title and questions as the admin changed them.
 * Three database requests: the community and its settings at once, the insert.
 */
export const create = defineAction({
  schema: createSurveyInput,
  roles: SURVEY_MANAGERS,
  async run(input, { caller, now, repos }): Promise<SurveySummaryView> {
    assertManages(caller, input.communityId);
    const [community, stored] = await Promise.all([
      repos.places.community(input.communityId),
      repos.surveys.settingsOf(input.communityId),
    ]);
    if (!community) throw notFound('小区不存在');
    const template = SURVEY_TEMPLATES[input.template];
    const survey = newSurvey(
      {
        id: randomBytes(16).toString('hex'),
        communityId: community.id,
        communityName: community.name,
        kind: template.kind,
        title: input.title ?? template.title,
        questions: input.questions ?? template.questions,
        createdBy: { openid: caller.openid, name: caller.name },
      },
      settingsOf(stored),
      now,
    );
    await repos.surveys.create(survey);
    return toSurveySummary(survey);
  },
});

import { assertManages, SURVEY_MANAGERS } from '../../domain/surveys/access';
import { surveyIdInput } from '../../domain/surveys/schemas';
import { toSurveySummary } from '../../domain/surveys/survey';
import type { SurveySummaryView } from '../../domain/surveys/survey';
import { defineAction } from '../../server/action';
import { openDraft } from '../../server/surveys';
import { surveyFor } from '../load';

/**
 * Publishes a draft: it reaches every unit of its community, or the opinion survey's sample; the
 * timer tells their people within a minute. Requests: the survey, the units (1 per 1,000), the
 * write, and the sample's record for the opinion survey.
 */
export const open = defineAction({
  schema: surveyIdInput,
  roles: SURVEY_MANAGERS,
  async run({ surveyId }, { caller, now, repos }): Promise<SurveySummaryView> {
    const survey = await surveyFor(repos, caller, surveyId);
    assertManages(caller, survey.communityId);
    return toSurveySummary(await openDraft(repos, survey, now));
  },
});

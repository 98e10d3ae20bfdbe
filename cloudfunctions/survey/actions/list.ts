import type { Page } from '../../domain/api';
import { assertSurveyScope, SURVEY_READERS } from '../../domain/surveys/access';
import { listSurveysInput } from '../../domain/surveys/schemas';
import { toSurveySummary } from '../../domain/surveys/survey';
import type { SurveySummaryView } from '../../domain/surveys/survey';
import { communitiesOf } from '../../domain/scope';
import { defineAction } from '../../server/action';

/** The surveys of my communities (or of one), newest first. One database request. */
export const list = defineAction({
  schema: listSurveysInput,
  roles: SURVEY_READERS,
  async run({ communityId, cursor, limit }, { caller, repos }): Promise<Page<SurveySummaryView>> {
    if (communityId) assertSurveyScope(caller, communityId);
    const scope = communitiesOf(caller);
    const communities = communityId ? [communityId] : scope.all ? 'all' : scope.ids;
    const page = await repos.surveys.list(communities, { limit, ...(cursor ? { cursor } : {}) });
    return { items: page.items.map(toSurveySummary), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  },
});

import { emptyGuide, toGuideView } from '../../domain/guide';
import type { GuideView } from '../../domain/guide';
import { getGuideInput } from '../../domain/guide-schemas';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';
import { phonesOf, readableCommunity } from '../access';

/**
 * A community's service guide, frequent questions and phones: an owner's home community (or one
 * named among theirs), a staff member's. Three requests, two at once: the caller; the community's
 * phones and its guide.
 */
export const get = defineAction({
  schema: getGuideInput,
  roles: AUDIENCES.bound,
  async run(input, context): Promise<GuideView> {
    const communityId = readableCommunity(context.caller, input.communityId);
    const [community, guide] = await Promise.all([
      phonesOf(context, communityId),
      context.repos.guides.load(communityId),
    ]);
    return toGuideView(community, guide ?? emptyGuide(communityId));
  },
});

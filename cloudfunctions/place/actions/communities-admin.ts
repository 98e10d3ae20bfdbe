// Communities as administrators keep them: the list (with phones and size), create, edit.
import { randomBytes } from 'crypto';
import { z } from 'zod';
import type { CommunityRecord } from '../../domain/community';
import { createCommunitySchema, updateCommunitySchema } from '../../domain/place-schemas';
import { communitiesOf, worksIn } from '../../domain/scope';
import { defineAction } from '../../server/action';
import { recordAudit } from '../../server/audit';
import { PLACE_ADMINS, PLACE_READERS, communityFor } from '../access';

const contactOf = (c: CommunityRecord) => ({
  id: c.id,
  name: c.name,
  address: c.address,
  serviceDeskPhone: c.serviceDeskPhone,
  dutyPhone: c.dutyPhone,
});

export const listCommunities = defineAction({
  schema: z.object({}).strict(),
  roles: PLACE_READERS,
  async run(_input, context) {
    const scope = communitiesOf(context.caller);
    const all = await context.repos.places.communities();
    const mine = all.filter((c) => worksIn(scope, c.id));
    const records = await Promise.all(mine.map((c) => context.repos.places.community(c.id)));
    return {
      items: records
        .filter((c): c is NonNullable<typeof c> => c !== null)
        .map((c) => ({
          ...contactOf(c),
          buildings: c.outline.length,
          units: c.outline.reduce((n, b) => n + b.entrances.reduce((m, e) => m + e.units, 0), 0),
        })),
    };
  },
});

export const createCommunity = defineAction({
  schema: createCommunitySchema,
  roles: PLACE_ADMINS,
  async run(input, context) {
    const community: CommunityRecord = { id: `community-${randomBytes(8).toString('hex')}`, ...input, outline: [] };
    await context.repos.places.createCommunity(community);
    await recordAudit(
      context,
      'community.create',
      { kind: 'community', id: community.id },
      { after: contactOf(community) },
    );
    return contactOf(community);
  },
});

export const updateCommunity = defineAction({
  schema: updateCommunitySchema,
  roles: PLACE_ADMINS,
  async run({ communityId, ...fields }, context) {
    const before = await communityFor(context, communityId);
    const after = { ...before, ...fields };
    await context.repos.places.updateCommunity(communityId, fields);
    await recordAudit(
      context,
      'community.update',
      { kind: 'community', id: communityId },
      { before: contactOf(before), after: contactOf(after) },
    );
    return contactOf(after);
  },
});

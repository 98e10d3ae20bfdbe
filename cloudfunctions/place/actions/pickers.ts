// The pickers: communities, then buildings and entrances, then rooms. Anyone may call them, a WeChat
// user not bound yet included (they pick their home with them); each answers from ONE read.
import { z } from 'zod';
import { buildingChoices } from '../../domain/community';
import { DomainError } from '../../domain/errors';
import { communityIdSchema, entranceSchema } from '../../domain/place-schemas';
import { unitLabel } from '../../domain/places';
import { defineAction } from '../../server/action';

export const communities = defineAction({
  schema: z.object({}).strict(),
  roles: 'anyone',
  async run(_input, { repos }) {
    return { items: await repos.places.communities() };
  },
});

export const buildings = defineAction({
  schema: communityIdSchema,
  roles: 'anyone',
  async run({ communityId }, { repos }) {
    const community = await repos.places.community(communityId);
    if (!community) throw new DomainError('NOT_FOUND', '小区不存在');
    return { items: buildingChoices(community.outline) };
  },
});

export const rooms = defineAction({
  schema: entranceSchema,
  roles: 'anyone',
  async run({ communityId, building, entrance }, { repos }) {
    const units = await repos.places.unitsOf(communityId, { building, entrance });
    return { items: units.map((u) => ({ unitId: u.id, room: u.room, label: unitLabel(u) })) };
  },
});

import { randomBytes } from 'crypto';
import type { Page } from '../../domain/api';
import { conflict, invalidInput, forbidden, notFound } from '../../domain/errors';
import { assertKeeps, assertUnclaimed, recorder, toUnclaimedView } from '../../domain/logbook';
import type { LostItem, UnclaimedItemView } from '../../domain/logbook';
import {
  claimFoundInput,
  disposeFoundInput,
  listFoundInput,
  listUnclaimedInput,
  recordFoundInput,
  recordRef,
  updateFoundInput,
} from '../../domain/logbook-schemas';
import { AUDIENCES } from '../../domain/roles';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import type { ActionContext } from '../../server/action';

const NO_SUCH_ITEM = '该失物记录不存在或您无权查看';

async function kept(context: ActionContext, id: string, version?: number): Promise<LostItem> {
  const item = await context.repos.logbook.lostItem(id);
  if (!item) throw notFound(NO_SUCH_ITEM);
  try {
    assertKeeps(context.caller, item.communityId);
  } catch {
    throw notFound(NO_SUCH_ITEM);
  }
  if (version !== undefined && item.version !== version) throw conflict('该记录刚被他人更新，请刷新后重试');
  return item;
}

/** Registers a found item of a community the caller works for. 2 requests. */
export const recordFound = defineAction({
  schema: recordFoundInput,
  roles: AUDIENCES.staff,
  async run(input, context): Promise<LostItem> {
    assertKeeps(context.caller, input.communityId);
    const at = toIso(context.now);
    const item: LostItem = {
      id: `found-${randomBytes(10).toString('hex')}`,
      communityId: input.communityId,
      item: input.item,
      foundPlace: input.foundPlace,
      foundAt: input.foundAt,
      finder: { name: input.finderName, ...(input.finderPhone ? { phone: input.finderPhone } : {}) },
      holder: input.holder,
      photos: input.photos,
      state: 'unclaimed',
      recordedBy: recorder(context.caller),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await context.repos.logbook.addLostItem(item);
    return item;
  },
});

export const getFound = defineAction({
  schema: recordRef,
  roles: AUDIENCES.staff,
  run: ({ id }, context): Promise<LostItem> => kept(context, id),
});

/** Changes an unclaimed item's description, place, time, holder or photos. 3 requests. */
export const updateFound = defineAction({
  schema: updateFoundInput,
  roles: AUDIENCES.staff,
  async run({ id, version, ...fields }, context): Promise<LostItem> {
    const before = await kept(context, id, version);
    assertUnclaimed(before);
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0) throw invalidInput('没有要修改的内容');
    const after: LostItem = { ...before, ...changes, updatedAt: toIso(context.now), version: before.version + 1 };
    await context.repos.logbook.saveLostItem(before, after);
    return after;
  },
});

/**
 * Hands an item to its owner. The staff member checks the claimant's identity card and states it
 * (`identityChecked`); the record keeps the claimant's name, mobile number, the card's last four
 * characters, what they described that matched, who checked, and when. 3 requests.
 */
export const claimFound = defineAction({
  schema: claimFoundInput,
  roles: AUDIENCES.staff,
  async run({ id, version, name, phone, idLast4, proof }, context): Promise<LostItem> {
    const before = await kept(context, id, version);
    assertUnclaimed(before);
    const at = toIso(context.now);
    const after: LostItem = {
      ...before,
      state: 'claimed',
      claim: { name, phone, idLast4, proof, checkedBy: recorder(context.caller), at },
      closedAt: at,
      updatedAt: at,
      version: before.version + 1,
    };
    await context.repos.logbook.saveLostItem(before, after);
    return after;
  },
});

/** An item nobody claimed leaves the register (handed to the police, donated …), with the reason. 3 requests. */
export const disposeFound = defineAction({
  schema: disposeFoundInput,
  roles: AUDIENCES.staff,
  async run({ id, version, reason }, context): Promise<LostItem> {
    const before = await kept(context, id, version);
    assertUnclaimed(before);
    const at = toIso(context.now);
    const after: LostItem = {
      ...before,
      state: 'disposed',
      disposal: { reason, by: recorder(context.caller), at },
      closedAt: at,
      updatedAt: at,
      version: before.version + 1,
    };
    await context.repos.logbook.saveLostItem(before, after);
    return after;
  },
});

/** A community's found items for staff, newest first, by state. 2 requests. */
export const listFound = defineAction({
  schema: listFoundInput,
  roles: AUDIENCES.staff,
  async run({ communityId, state, cursor, limit }, context): Promise<Page<LostItem>> {
    assertKeeps(context.caller, communityId);
    return context.repos.logbook.listLostItems(communityId, state, { limit, ...(cursor ? { cursor } : {}) });
  },
});

/**
 * 失物招领 for owners: the unclaimed items of their community, newest first, with nothing about who
 * found or holds them (they ask at the service desk). 2 requests.
 */
export const listUnclaimed = defineAction({
  schema: listUnclaimedInput,
  roles: AUDIENCES.filers,
  async run({ cursor, limit }, { caller, repos }): Promise<Page<UnclaimedItemView>> {
    if (!caller.communityId || caller.units.length === 0) throw forbidden('请先绑定房屋');
    const page = await repos.logbook.listLostItems(caller.communityId, 'unclaimed', {
      limit,
      ...(cursor ? { cursor } : {}),
    });
    return { ...page, items: page.items.map(toUnclaimedView) };
  },
});

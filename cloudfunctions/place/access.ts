// Who may see and change places, and the lookups every action starts from.
import { randomBytes } from 'crypto';
import { forbidden, DomainError } from '../domain/errors';
import { AUDIENCES } from '../domain/roles';
import { communitiesOf, worksIn } from '../domain/scope';
import type { ActionContext } from '../server/action';

export const PLACE_READERS = AUDIENCES.placeReaders;
export const PLACE_ADMINS = AUDIENCES.placeEditors;

export function assertWorksIn(context: ActionContext, communityId: string): void {
  if (!worksIn(communitiesOf(context.caller), communityId)) throw forbidden('您不负责该小区');
}

export async function communityFor(context: ActionContext, communityId: string) {
  assertWorksIn(context, communityId);
  const community = await context.repos.places.community(communityId);
  if (!community) throw new DomainError('NOT_FOUND', '小区不存在');
  return community;
}

export async function unitFor(context: ActionContext, unitId: string) {
  const unit = await context.repos.places.unit(unitId);
  // a unit of another community is answered as if it did not exist
  if (!unit || !worksIn(communitiesOf(context.caller), unit.communityId))
    throw new DomainError('NOT_FOUND', '房屋不存在');
  return unit;
}

export const newUnitId = () => `unit-${randomBytes(10).toString('hex')}`;

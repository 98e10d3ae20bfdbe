// Whose guide a caller reads, who edits it, and the lookups every action starts from.
import { DomainError, forbidden } from '../domain/errors';
import type { CommunityPhones } from '../domain/guide';
import type { Role } from '../domain/model';
import { AUDIENCES } from '../domain/roles';
import { communitiesOf, worksIn } from '../domain/scope';
import type { ActionContext, Caller } from '../server/action';

/** Edits the guide and FAQ of the communities they work for. */
export const GUIDE_EDITORS: readonly Role[] = ['admin'];
/** Read the FAQ's deflection share: admins, and those who read a community's places (service desk, manager, leadership). */
export const REPORT_READERS: readonly Role[] = [...new Set<Role>([...GUIDE_EDITORS, ...AUDIENCES.placeReaders])];

/** An owner's communities: those of the homes they are bound to. */
const homeCommunities = (caller: Caller): string[] => [
  ...new Set([...caller.units.map((unit) => unit.communityId), ...(caller.communityId ? [caller.communityId] : [])]),
];

/** May the caller read this community's guide: one of their homes is there, or they work there. */
export function mayRead(caller: Caller, communityId: string): boolean {
  if (homeCommunities(caller).includes(communityId)) return true;
  const worksThere = caller.roles.some((role) => AUDIENCES.staff.includes(role) || role === 'admin');
  return worksThere && worksIn(communitiesOf(caller), communityId);
}

/** The community a reader means: the one named, else their home's, else the first they work for. */
export function readableCommunity(caller: Caller, communityId?: string): string {
  const named = communityId ?? homeCommunities(caller)[0] ?? caller.communityIds?.[0];
  if (!named) throw new DomainError('NOT_FOUND', '您还没有所在的小区');
  // a community the caller has nothing to do with is answered as if it did not exist
  if (!mayRead(caller, named)) throw new DomainError('NOT_FOUND', '小区不存在');
  return named;
}

export function assertWorksIn({ caller }: ActionContext, communityId: string): void {
  if (!worksIn(communitiesOf(caller), communityId)) throw forbidden('您不负责该小区');
}

/** The community's phones, or NOT_FOUND. */
export async function phonesOf({ repos }: ActionContext, communityId: string): Promise<CommunityPhones> {
  const phones = await repos.guides.phones(communityId);
  if (!phones) throw new DomainError('NOT_FOUND', '小区不存在');
  return phones;
}

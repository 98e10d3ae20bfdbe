// Which communities a staff member works for. Every list and query a staff member sees is limited
// to these; company-wide roles (leadership, admin) see them all.
import type { Actor } from './model';
import { ROLE_TABLE } from './roles';

export type CommunityScope = { all: true } | { all: false; ids: string[] };

export function communitiesOf(actor: Pick<Actor, 'roles' | 'communityId' | 'communityIds'>): CommunityScope {
  if (actor.roles.some((role) => ROLE_TABLE[role].reach === 'company')) return { all: true };
  // records written before staff could work for several communities carry one `communityId`
  const ids = actor.communityIds ?? (actor.communityId ? [actor.communityId] : []);
  return { all: false, ids: [...ids] };
}

export const worksIn = (scope: CommunityScope, communityId: string): boolean =>
  scope.all || scope.ids.includes(communityId);

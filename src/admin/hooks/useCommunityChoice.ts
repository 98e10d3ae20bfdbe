// The communities the caller keeps (the function answers only those they work for), and the one a
// page is showing: the one its address names, else the first.
import { useState } from 'react';
import { useRemote } from '../../hooks/useRemote';
import type { Remote } from '../../hooks/useRemote';
import { placeApi } from '../../services/api/place';
import type { CommunityListItem } from '../../services/api/place';

export interface CommunityChoice {
  communities: Remote<{ items: CommunityListItem[] }>;
  community?: CommunityListItem;
  choose(communityId: string): void;
}

export function useCommunityChoice(wanted?: string): CommunityChoice {
  const communities = useRemote('communities', placeApi.listCommunities);
  const [chosen, setChosen] = useState(wanted);
  const items = communities.data?.items ?? [];
  const community = items.find((c) => c.id === chosen) ?? items[0];
  return { communities, community, choose: setChosen };
}

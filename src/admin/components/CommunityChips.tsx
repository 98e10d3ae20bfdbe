import { Text } from '@tarojs/components';
import { Chips } from '../../components/Chips';
import type { CommunityChoice } from '../hooks/useCommunityChoice';

/** Which community a page shows: chips when the caller keeps several, its name when one. */
export function CommunityChips({ choice }: { choice: CommunityChoice }) {
  const items = choice.communities.data?.items ?? [];
  if (items.length === 0) return null;
  if (items.length === 1) return <Text className="section__title">{items[0].name}</Text>;
  return (
    <Chips
      idPrefix="pick-community"
      items={items.map((c) => ({ key: c.id, text: c.name }))}
      value={choice.community?.id}
      onChange={choice.choose}
    />
  );
}

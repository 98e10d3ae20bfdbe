import Taro, { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../components/PageShell';
import { CommunityChips } from '../../components/CommunityChips';
import { RegisterImport } from '../../components/RegisterImport';
import { useCommunityChoice } from '../../hooks/useCommunityChoice';
import { unitsUrl } from '../../place-urls';

/** 业主名册: import a community's owner register from an Excel workbook; the template to fill. */
export default function RegisterPage() {
  const { params } = useRouter<{ communityId?: string }>();
  const choice = useCommunityChoice(params.communityId);
  const { community } = choice;
  return (
    <PageShell
      loading={choice.communities.loading && !choice.communities.data}
      error={choice.communities.error}
      onRetry={() => void choice.communities.reload()}
      empty={!community}
      emptyText="还没有小区，请先在「小区」中新建"
      header={<CommunityChips choice={choice} />}
    >
      {community && (
        // a community of its own: choosing another starts the import again
        <RegisterImport
          key={community.id}
          communityId={community.id}
          onUnits={() => void Taro.navigateTo({ url: unitsUrl(community.id) })}
        />
      )}
    </PageShell>
  );
}

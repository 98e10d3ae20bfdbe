import { Text, View } from '@tarojs/components';
import { PageShell } from '../../components/PageShell';
import { useRemote } from '../../hooks/useRemote';
import { staffApi } from '../../services/api/staff';
import { formatTime } from '../../utils/format';

/** The group admin's home: the owner groups they manage. */
export default function GroupsPage() {
  const groups = useRemote('groups', () => staffApi.myGroups());
  const items = groups.data?.items ?? [];
  return (
    <PageShell
      loading={groups.loading && !groups.data}
      error={groups.error}
      onRetry={() => void groups.reload()}
      empty={!!groups.data && items.length === 0}
      emptyText="还没有业主群。在业主群里分享物业服务台的卡片，群成员打开后，该群会出现在这里。"
    >
      {items.map((group) => (
        <View key={group.id} className="card">
          <Text className="admin-section__title">{group.name}</Text>
          <Text className="text-muted">首次出现：{formatTime(group.firstSeenAt)}</Text>
        </View>
      ))}
    </PageShell>
  );
}

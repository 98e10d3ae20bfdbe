import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MeView } from '@domain/api';
import { ROLE_LABELS } from '@domain/labels';
import { communitiesOf } from '@domain/scope';
import { PageShell } from '../../../components/PageShell';
import { useMe } from '../../../hooks/useMe';
import { ADMIN_GROUPS, sectionUrl, sectionsFor } from '../../sections';

function managedCommunities(me: MeView): string {
  const communities = me.communities ?? (me.community ? [me.community] : []);
  const scope = communitiesOf({ roles: me.roles, communityIds: communities.map((c) => c.id) });
  if (scope.all) return '管理范围：全部小区';
  return communities.length > 0 ? `管理范围：${communities.map((c) => c.name).join('、')}` : '管理范围：尚未分配小区';
}

/** The admin console's home: who is signed in, and the sections the caller's roles open, by group. */
export default function AdminHomePage() {
  const { me, error, loading, reload } = useMe();
  const sections = me ? sectionsFor(me.roles) : [];
  return (
    <PageShell
      loading={loading}
      error={error}
      onRetry={reload}
      empty={!!me && sections.length === 0}
      emptyText="您没有可以管理的内容"
    >
      {me && (
        <View id="admin-who" className="card">
          <Text className="admin-who__name">{me.name}</Text>
          <Text className="text-muted">{me.roles.map((role) => ROLE_LABELS[role]).join('、')}</Text>
          <Text className="text-muted"> · {managedCommunities(me)}</Text>
        </View>
      )}
      {ADMIN_GROUPS.map((group) => {
        const inGroup = sections.filter((section) => (section.group ?? 'other') === group.key);
        if (inGroup.length === 0) return null;
        return (
          <View key={group.key} id={`admin-group-${group.key}`} className="admin-group">
            <Text className="admin-group__title">{group.title}</Text>
            {inGroup.map((section) => (
              <View
                key={section.key}
                id={`admin-${section.key}`}
                className="card admin-section"
                onClick={() => void Taro.navigateTo({ url: sectionUrl(section) })}
              >
                <Text className="admin-section__title">{section.title}</Text>
                <Text className="text-muted">{section.description}</Text>
              </View>
            ))}
          </View>
        );
      })}
    </PageShell>
  );
}

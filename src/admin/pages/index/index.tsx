import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../../components/PageShell';
import { useMe } from '../../../hooks/useMe';
import { sectionUrl, sectionsFor } from '../../sections';

/** The admin console's home: the sections the caller's roles open. */
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
      {sections.map((section) => (
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
    </PageShell>
  );
}

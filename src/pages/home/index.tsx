import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Category } from '@domain/model';
import { CATEGORY_LABELS } from '@domain/labels';
import { AnnouncementFeed } from '../../components/announcements/AnnouncementFeed';
import { NotBound } from '../../components/NotBound';
import { PageShell } from '../../components/PageShell';
import { TicketCard } from '../../components/TicketCard';
import { useMe } from '../../hooks/useMe';
import { useRemote } from '../../hooks/useRemote';
import { ticketApi } from '../../services/api/ticket';
import { presetCategory } from '../../services/draft-category';
import { isH5 } from '../../services/platform';

const QUICK: { category: Category; icon: string }[] = [
  { category: 'repair', icon: '🔧' },
  { category: 'complaint', icon: '📣' },
  { category: 'consultation', icon: '💬' },
  { category: 'suggestion', icon: '💡' },
  { category: 'praise', icon: '👍' },
  { category: 'after_sales', icon: '🏗' },
  { category: 'paid_service', icon: '🧹' },
  { category: 'emergency', icon: '🚨' },
];

function fileAs(category: Category) {
  presetCategory(category);
  void Taro.switchTab({ url: '/pages/file/index' });
}

function OpenRequests() {
  const open = useRemote('open', () => ticketApi.listMine({ filter: 'open', limit: 3 }));
  useDidShow(() => void open.reload());
  if (open.error && !open.data) {
    return (
      <View className="notice notice--danger" onClick={() => void open.reload()}>
        <Text>进行中的诉求加载失败：{open.error.message}，点此重试</Text>
      </View>
    );
  }
  if (!open.data || open.data.items.length === 0) return null;
  return (
    <View className="section">
      <View className="section__head">
        <Text className="section__title">进行中的诉求</Text>
        <Text className="section__more" onClick={() => Taro.switchTab({ url: '/pages/mine/index' })}>
          全部 ›
        </Text>
      </View>
      {open.data.items.map((ticket) => (
        <TicketCard key={ticket.id} ticket={ticket} reader="owner" />
      ))}
    </View>
  );
}

export default function HomePage() {
  const { me, error, loading, reload } = useMe();
  return (
    <PageShell tab="home" loading={loading} error={error} onRetry={reload}>
      {me && (
        <View>
          <View className="hero">
            <Text className="hero__hello">您好，{me.name}</Text>
            <Text className="hero__where">
              {me.community
                ? `${me.community.name}${me.units[0] ? ` · ${me.units[0].label}` : ''}`
                : '欢迎使用物业服务台'}
            </Text>
            {isH5 && (
              <Text
                id="switch-identity"
                className="hero__switch"
                onClick={() => Taro.reLaunch({ url: '/pages/dev-login/index' })}
              >
                切换身份
              </Text>
            )}
          </View>
          <AnnouncementFeed />
          {me.isStaff && (
            <View className="card home__staff" onClick={() => Taro.switchTab({ url: '/pages/workbench/index' })}>
              <Text className="section__title">工作台</Text>
              <Text className="text-muted">查看待受理、处理中和已超时的诉求 ›</Text>
            </View>
          )}
          {me.units.length > 0 ? (
            <View>
              <View className="card quick">
                {QUICK.map(({ category, icon }) => (
                  <View
                    key={category}
                    id={`quick-${category}`}
                    className="quick__item"
                    onClick={() => fileAs(category)}
                  >
                    <Text className="quick__icon">{icon}</Text>
                    <Text className="quick__text">{CATEGORY_LABELS[category]}</Text>
                  </View>
                ))}
              </View>
              <OpenRequests />
            </View>
          ) : (
            !me.isStaff && <NotBound isStaff={false} />
          )}
        </View>
      )}
    </PageShell>
  );
}

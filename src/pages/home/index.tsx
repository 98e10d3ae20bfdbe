import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MeView } from '@domain/api';
import { AnnouncementFeed } from '../../components/announcements/AnnouncementFeed';
import { CallButtons } from '../../components/CallButtons';
import { Icon } from '../../components/Icon';
import { PageShell } from '../../components/PageShell';
import { useGuide } from '../../hooks/useGuide';
import { useMe } from '../../hooks/useMe';
import { isH5 } from '../../services/platform';
import { HomeLinks } from './HomeLinks';
import { OpenRequests } from './OpenRequests';
import { QuickFiling } from './QuickFiling';
import { Welcome } from './Welcome';

function Hero({ me }: { me: MeView }) {
  return (
    <View className="hero">
      <Text className="hero__hello">您好，{me.name}</Text>
      <Text className="hero__where">
        {me.community
          ? `${me.community.name}${me.units[0] ? ` · ${me.units[0].label}` : ''}`
          : me.units[0]
            ? me.units[0].label
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
  );
}

function StaffLink() {
  return (
    <View className="card home-link" onClick={() => Taro.switchTab({ url: '/pages/workbench/index' })}>
      <Icon name="workbench" />
      <View className="home-link__text">
        <Text className="home-link__title">工作台</Text>
        <Text className="text-muted">查看待受理、处理中和已超时的诉求 ›</Text>
      </View>
    </View>
  );
}

/** An owner's 首页: the numbers to call, filing by category, the guide, 消息 and open requests. */
function OwnerHome({ me }: { me: MeView }) {
  const guide = useGuide(me.openid);
  usePullDownRefresh(() => void guide.reload().then(() => Taro.stopPullDownRefresh()));
  return (
    <View>
      {guide.data && <CallButtons community={guide.data.community} />}
      <QuickFiling />
      <HomeLinks faqCount={guide.data?.faqs.length} />
      <OpenRequests />
    </View>
  );
}

export default function HomePage() {
  const { me, error, loading, reload } = useMe();
  return (
    <PageShell tab="home" loading={loading} error={error} onRetry={reload}>
      {me && (
        <View>
          <Hero me={me} />
          <AnnouncementFeed />
          {me.isStaff && <StaffLink />}
          {me.units.length > 0 ? <OwnerHome me={me} /> : !me.isStaff && <Welcome />}
        </View>
      )}
    </PageShell>
  );
}

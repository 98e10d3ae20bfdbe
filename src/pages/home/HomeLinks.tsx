import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Icon } from '../../components/Icon';
import { useUnreadMessages } from '../../hooks/useUnreadMessages';

/** 服务指南 and 消息 (with its unread count). */
export function HomeLinks({ faqCount }: { faqCount?: number }) {
  const unread = useUnreadMessages();
  return (
    <View className="home-links">
      <View id="home-guide" className="home-link" onClick={() => void Taro.navigateTo({ url: '/pages/guide/index' })}>
        <Icon name="guide" />
        <View className="home-link__text">
          <Text className="home-link__title">服务指南</Text>
          <Text className="text-muted">{faqCount ? `服务、电话与${faqCount}个常见问题` : '服务时间、电话与价格'}</Text>
        </View>
      </View>
      <View
        id="home-messages"
        className="home-link"
        onClick={() => void Taro.navigateTo({ url: '/pages/messages/index' })}
      >
        <Icon name="bell" />
        <View className="home-link__text">
          <Text className="home-link__title">消息</Text>
          <Text className="text-muted">诉求进展与通知</Text>
        </View>
        {unread !== undefined && unread > 0 && (
          <Text id="home-messages-unread" className="home-link__badge">
            {unread > 99 ? '99+' : unread}
          </Text>
        )}
      </View>
    </View>
  );
}

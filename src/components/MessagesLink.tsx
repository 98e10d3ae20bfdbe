import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useUnreadMessages } from '../hooks/useUnreadMessages';

/** 消息 › with the unread badge (99+ beyond 99), for 我的 and 工作台. */
export function MessagesLink() {
  const unread = useUnreadMessages();
  return (
    <View
      id="go-messages"
      className="notice notice--info messages-link"
      onClick={() => void Taro.navigateTo({ url: '/pages/messages/index' })}
    >
      <Text>消息</Text>
      {unread !== undefined && unread > 0 && (
        <Text id="messages-unread" className="chip__badge">
          {unread > 99 ? '99+' : unread}
        </Text>
      )}
      <Text> ›</Text>
    </View>
  );
}

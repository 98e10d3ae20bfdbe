// The 消息 badge: how many of my newest messages I have not read, read each time the page shows.
import { useCallback, useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { messageApi } from '../services/api/message';

/** undefined until known (and when the read failed: the badge is then simply not shown) */
export function useUnreadMessages(): number | undefined {
  const [unread, setUnread] = useState<number>();
  const refresh = useCallback(() => {
    void messageApi.unread().then((answer) => {
      if (answer.ok) setUnread(answer.data.unread);
    });
  }, []);
  useEffect(refresh, [refresh]);
  useDidShow(refresh);
  return unread;
}

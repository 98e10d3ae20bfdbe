// WeChat draws this instead of its own tab bar (tabBar.custom), so 工作台 can be shown to staff only.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { TabBar } from '../components/TabBar';
import { tabOfRoute } from '../tabs';
import type { TabKey } from '../tabs';

export default function CustomTabBar() {
  const [current, setCurrent] = useState<TabKey>();
  useEffect(() => {
    // Each tab page gets its own instance; the page is on the stack by the next tick.
    const timer = setTimeout(() => {
      const pages = Taro.getCurrentPages();
      const route = pages[pages.length - 1]?.route;
      if (route) setCurrent(tabOfRoute(route));
    }, 0);
    return () => clearTimeout(timer);
  }, []);
  return <TabBar current={current} />;
}

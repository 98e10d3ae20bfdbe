import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMe } from '../hooks/useMe';

export type TabKey = 'home' | 'file' | 'mine' | 'workbench';

const TABS: { key: TabKey; text: string; icon: string; path: string; staffOnly?: boolean }[] = [
  { key: 'home', text: '首页', icon: '⌂', path: '/pages/home/index' },
  { key: 'file', text: '报事', icon: '✚', path: '/pages/file/index' },
  { key: 'mine', text: '我的', icon: '☰', path: '/pages/mine/index' },
  { key: 'workbench', text: '工作台', icon: '⚒', path: '/pages/workbench/index', staffOnly: true },
];

export function tabOfRoute(route: string): TabKey | undefined {
  return TABS.find((tab) => tab.path.slice(1) === route.replace(/^\//, '').split('?')[0])?.key;
}

/** The bottom tabs; 工作台 only for staff. */
export function TabBar({ current }: { current?: TabKey }) {
  const { me } = useMe();
  const tabs = TABS.filter((tab) => !tab.staffOnly || me?.isStaff);
  return (
    <View className="tab-bar">
      {tabs.map((tab) => (
        <View
          key={tab.key}
          id={`tab-${tab.key}`}
          className={`tab-bar__item ${tab.key === current ? 'tab-bar__item--active' : ''}`}
          onClick={() => tab.key !== current && Taro.switchTab({ url: tab.path })}
        >
          <Text className="tab-bar__icon">{tab.icon}</Text>
          <Text className="tab-bar__text">{tab.text}</Text>
        </View>
      ))}
    </View>
  );
}

import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMe } from '../hooks/useMe';
import { Icon } from './Icon';
import { TABS } from '../tabs';
import type { TabKey } from '../tabs';

export type { TabKey } from '../tabs';

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
          onClick={() => tab.key !== current && Taro.switchTab({ url: `/${tab.pagePath}` })}
        >
          <Icon name={tab.icon} color={tab.key === current ? 'primary' : 'muted'} className="tab-bar__icon" />
          <Text className="tab-bar__text">{tab.text}</Text>
        </View>
      ))}
    </View>
  );
}

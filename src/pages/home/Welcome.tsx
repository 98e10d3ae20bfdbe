import { Text, View } from '@tarojs/components';
import { Icon } from '../../components/Icon';
import type { IconName } from '../../components/Icon';
import { NotBound } from '../../components/NotBound';

const POINTS: ReadonlyArray<{ icon: IconName; text: string }> = [
  { icon: 'repair', text: '报修、投诉、咨询随手提交，照片一并发送' },
  { icon: 'clock', text: '每一步有承诺时限，进展实时可查' },
  { icon: 'bell', text: '受理、回复、办结都会通知您' },
  { icon: 'guide', text: '服务指南与常见问题，电话一键拨打' },
];

/** 首页 for a WeChat user with no home yet: what this is, and how to bind one. */
export function Welcome() {
  return (
    <View>
      <View id="home-welcome" className="card">
        <Text className="welcome__title">物业服务台：业主的线上服务中心</Text>
        {POINTS.map((point) => (
          <View key={point.icon} className="welcome__point">
            <Icon name={point.icon} />
            <Text>{point.text}</Text>
          </View>
        ))}
      </View>
      <NotBound isStaff={false} />
    </View>
  );
}

import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { devName, devOpenid } from '../services/identity';
import { isH5 } from '../services/platform';

export function goSignIn(): void {
  void Taro.reLaunch({ url: '/pages/dev-login/index' });
}

/** The h5 build's way back to the sign-in page, on every page whatever its state. */
export function SwitchIdentity() {
  if (!isH5) return null;
  const who = devName() || devOpenid();
  return (
    <View className="identity-bar">
      <Text className="identity-bar__who">{who ? `本地体验 · ${who}` : '本地体验'}</Text>
      <Text id="switch-identity-bar" className="identity-bar__switch" onClick={goSignIn}>
        切换身份
      </Text>
    </View>
  );
}

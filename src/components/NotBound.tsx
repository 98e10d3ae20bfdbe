import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';

/** For a WeChat user with no unit yet: how to get bound. */
export function NotBound({ isStaff }: { isStaff: boolean }) {
  if (isStaff) {
    return (
      <View className="state state--empty">
        <Text className="state__text">工作人员请在「工作台」处理分派给本部门的诉求。</Text>
      </View>
    );
  }
  return (
    <View className="card not-bound">
      <Text className="not-bound__title">您还未绑定房屋</Text>
      <Text className="not-bound__text">
        请携带身份证和房产证明到物业客服中心办理绑定，或拨打客服热线，工作人员核实后即可在线报事。
      </Text>
      <Text
        id="go-admin-setup"
        className="not-bound__setup"
        onClick={() => void Taro.navigateTo({ url: '/admin/pages/setup/index' })}
      >
        物业公司首次使用？管理员初始化 ›
      </Text>
    </View>
  );
}

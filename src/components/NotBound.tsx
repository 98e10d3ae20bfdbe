import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';

/** For a WeChat user with no unit yet: the way to bind one. */
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
        选择您的房屋并验证手机号：物业名册中登记的手机号即时绑定，其他情况由客服中心审核后绑定。
      </Text>
      <Button
        id="not-bound-bind"
        className="button button--primary button--block"
        onClick={() => void Taro.navigateTo({ url: '/pages/bind/index' })}
      >
        绑定房屋
      </Button>
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

// Only for the browser build: choose who you are (WeChat gives the real identity).
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { DEMO_USERS } from '@domain/demo-data';
import { DEPARTMENT_LABELS, ROLE_LABELS } from '@domain/labels';
import { forgetMe, refreshMe } from '../../hooks/useMe';
import { devName, devOpenid, identityFor, setDevOpenid } from '../../services/identity';

function describe(user: (typeof DEMO_USERS)[number]): string {
  const roles = user.roles.map((role) => ROLE_LABELS[role]).join('、');
  return user.department ? `${roles} · ${DEPARTMENT_LABELS[user.department]}` : roles;
}

export default function DevLogin() {
  const [custom, setCustom] = useState('');
  const [refusal, setRefusal] = useState('');
  const current = devName() || devOpenid();

  const enter = async (openid: string, name = '') => {
    setDevOpenid(openid, name);
    forgetMe();
    await refreshMe();
    await Taro.reLaunch({ url: '/pages/home/index' });
  };

  const signInAs = (typed: string) => {
    const identity = identityFor(typed);
    if ('refused' in identity) {
      setRefusal(identity.refused);
      return;
    }
    setRefusal('');
    void enter(identity.openid, identity.name);
  };

  return (
    <View className="page dev-login">
      <View className="dev-login__intro">
        <Text className="dev-login__title">物业服务台 · 本地体验</Text>
        <Text className="text-muted">
          浏览器中没有微信身份，请选择一个演示身份。{current ? `当前：${current}` : ''}
        </Text>
      </View>
      <View className="card">
        {DEMO_USERS.map((user) => (
          <View
            key={user.openid}
            id={`login-${user.openid}`}
            className="list-row"
            onClick={() => void enter(user.openid)}
          >
            <View>
              <Text className="list-row__title">{user.name}</Text>
              <Text className="list-row__sub">{describe(user)}</Text>
            </View>
            <Text className="list-row__code">{user.openid}</Text>
          </View>
        ))}
      </View>
      <View className="card">
        <Text className="field__label">其他微信用户（未绑定房屋）</Text>
        <Input
          id="login-custom"
          className="text-input"
          placeholder="输入任意名字，如 张三"
          value={custom}
          onInput={(e) => setCustom(e.detail.value)}
        />
        {refusal && (
          <Text id="login-refusal" className="notice notice--danger">
            {refusal}
          </Text>
        )}
        <Button id="login-custom-submit" className="button button--ghost" onClick={() => signInAs(custom)}>
          以此身份进入
        </Button>
      </View>
      <Text
        id="go-dev-outbox"
        className="notice notice--warn"
        onClick={() => void Taro.navigateTo({ url: '/pages/dev-outbox/index' })}
      >
        查看本地发出的订阅消息（发件箱） ›
      </Text>
    </View>
  );
}

// In h5 (no WeChat) the caller is chosen on the dev sign-in page and sent as header x-openid.
// In WeChat the identity is the real one and nothing here is used.
import Taro from '@tarojs/taro';

const KEY = 'estate-desk.dev-openid';

export function devOpenid(): string {
  const value = Taro.getStorageSync(KEY);
  return typeof value === 'string' ? value : '';
}

export function setDevOpenid(openid: string): void {
  Taro.setStorageSync(KEY, openid.trim());
}

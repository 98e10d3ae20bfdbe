// In h5 (no WeChat) the caller is chosen on the dev sign-in page and sent as header x-openid.
// In WeChat the identity is the real one and nothing here is used.
import Taro from '@tarojs/taro';

const KEY = 'estate-desk.dev-openid';
const NAME_KEY = 'estate-desk.dev-name';

/** What the local cloud accepts as an openid (and an HTTP header can carry). */
const OPENID = /^[A-Za-z0-9_-]{1,128}$/;
export const MAX_DEV_NAME_LENGTH = 32;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

export function devOpenid(): string {
  const value = Taro.getStorageSync(KEY);
  return typeof value === 'string' ? value : '';
}

/** The name typed on the sign-in page, shown for a new user the cloud does not know by name. */
export function devName(): string {
  const value = Taro.getStorageSync(NAME_KEY);
  return typeof value === 'string' ? value : '';
}

export function setDevOpenid(openid: string, name = ''): void {
  Taro.setStorageSync(KEY, openid.trim());
  Taro.setStorageSync(NAME_KEY, name);
}

/** FNV-1a over the UTF-8 bytes, twice with different seeds: a stable 16-hex-digit digest. */
function shortHash(text: string): string {
  const bytes = Array.from(unescape(encodeURIComponent(text)), (c) => c.charCodeAt(0));
  const fnv = (seed: number) =>
    bytes
      .reduce((h, b) => Math.imul(h ^ b, 0x01000193) >>> 0, seed)
      .toString(16)
      .padStart(8, '0');
  return fnv(0x811c9dc5) + fnv(0x050c5d1f);
}

export type DevIdentity = { openid: string; name: string } | { refused: string };

/**
 * Who a name typed on the sign-in page signs in as: an openid as it is (e.g. `demo-owner-1`), or
 * any other name (张三) as `h5-` + a hash of it — the same name is always the same new user.
 */
export function identityFor(typed: string): DevIdentity {
  const name = typed.trim();
  if (!name) return { refused: '请输入名字' };
  if (CONTROL.test(name)) return { refused: '名字不能包含控制字符或不可见字符' };
  if (Array.from(name).length > MAX_DEV_NAME_LENGTH) return { refused: `名字不能超过${MAX_DEV_NAME_LENGTH}个字` };
  if (OPENID.test(name)) return { openid: name, name: '' };
  return { openid: `h5-${shortHash(name)}`, name };
}

import Taro from '@tarojs/taro';

export const isH5 = process.env.TARO_ENV === 'h5';

/** Where the h5 build reaches the local cloud: the build-time CLOUD_GATEWAY, or the page's own origin. */
export function gatewayOrigin(): string {
  if (CLOUD_GATEWAY) return CLOUD_GATEWAY.replace(/\/$/, '');
  return typeof window === 'undefined' ? '' : window.location.origin;
}

export function initCloud(): void {
  if (isH5) return;
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true });
}

// The one gateway from the app to the cloud functions: wx.cloud in WeChat, HTTP to the local
// cloud in h5. Every failure comes back as an ApiResult with a message fit to show.
import Taro from '@tarojs/taro';
import type { ApiResult, ErrorCode } from '@domain/api';
import { ERROR_CODES } from '@domain/api';
import { devOpenid } from './identity';
import { gatewayOrigin, isH5 } from './platform';

const NETWORK_MESSAGE = '网络异常，请稍后重试';

export type CloudEvent = { action: string } & Record<string, unknown>;

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (!value || typeof value !== 'object') return false;
  const answer = value as { ok?: unknown; error?: { code?: unknown } };
  if (answer.ok === true) return 'data' in answer;
  return answer.ok === false && ERROR_CODES.includes(answer.error?.code as ErrorCode);
}

function failure(message = NETWORK_MESSAGE): ApiResult<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

async function viaGateway(name: string, event: CloudEvent): Promise<unknown> {
  const openid = devOpenid();
  if (!openid) return { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先选择身份登录' } };
  const response = await Taro.request({
    url: `${gatewayOrigin()}/cloud/${encodeURIComponent(name)}`,
    method: 'POST',
    data: event,
    header: { 'content-type': 'application/json', 'x-openid': openid },
    dataType: 'json',
  });
  if (response.statusCode !== 200) return failure();
  return response.data;
}

async function viaWeChat(name: string, event: CloudEvent): Promise<unknown> {
  const response = await Taro.cloud.callFunction({ name, data: event });
  return response.result;
}

export async function callCloud<T>(name: string, event: CloudEvent): Promise<ApiResult<T>> {
  try {
    const answer = isH5 ? await viaGateway(name, event) : await viaWeChat(name, event);
    return isApiResult(answer) ? (answer as ApiResult<T>) : failure();
  } catch {
    return failure();
  }
}

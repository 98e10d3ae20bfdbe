/**
 * Answers the SDK's `wx.openApi` request: decodes the protobuf body, checks the calling function's
 * `permissions.openapi` (the cloud refuses undeclared APIs with -604101), records the call in the
 * outbox and encodes the answer as the SDK expects it.
 */
import { decodeCommApiData, encodeCommOpenApiResp, ProtobufError } from './protobuf';
import { decodePayload } from './outbox';
import type { Outbox } from './outbox';
import type { Invocation } from '../context';
import { IMAGE_APIS, wxacodeImage } from './wxacode';

export const NO_PERMISSION = -604101;

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof Uint8Array) return Buffer.from(data);
  if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'Buffer') {
    return Buffer.from((data as { data: number[] }).data);
  }
  throw new ProtobufError('requestData is not binary');
}

export async function handleOpenApi(
  params: Record<string, unknown>,
  invocation: Invocation | undefined,
  allowedApis: (functionName: string) => string[],
  outbox: Outbox,
): Promise<Buffer | { code: string; message: string }> {
  const api = typeof params.apiName === 'string' ? params.apiName : '';
  if (!api) return { code: 'INVALID_PARAM', message: 'wx.openApi: apiName is missing' };
  let payload: Record<string, unknown>;
  try {
    payload = decodePayload(decodeCommApiData(toBuffer(params.requestData)).pairs);
  } catch (error) {
    return { code: 'INVALID_PARAM', message: `wx.openApi ${api}: ${(error as Error).message}` };
  }
  const from = {
    api,
    payload,
    functionName: invocation?.functionName ?? null,
    openid: invocation?.caller?.openid ?? null,
  };

  if (invocation && !allowedApis(invocation.functionName).includes(api)) {
    outbox.record({ ...from, ok: false, errCode: NO_PERMISSION, errMsg: outbox.errMsgFor(NO_PERMISSION) });
    return encodeCommOpenApiResp({ errorCode: NO_PERMISSION, httpCode: 200 });
  }

  const answer = outbox.answerFor(api, payload);
  outbox.record({ ...from, ok: answer.errCode === 0, errCode: answer.errCode, errMsg: answer.errMsg });
  if (IMAGE_APIS.has(api) && !outbox.hasAnswer(api)) {
    return encodeCommOpenApiResp({ respData: await wxacodeImage(payload), contentType: 'image/png', httpCode: 200 });
  }
  return encodeCommOpenApiResp({
    respData: Buffer.from(JSON.stringify(answer.body), 'utf8'),
    contentType: 'application/json; charset=utf-8',
    httpCode: 200,
  });
}

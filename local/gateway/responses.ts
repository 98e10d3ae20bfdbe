/** JSON answers of the gateway. Every error body is `{ code, errCode, errMsg }`. */
import type { ServerResponse } from 'http';

export const GatewayErrorCodes = {
  INVALID_JSON: 'INVALID_JSON',
  EVENT_NOT_OBJECT: 'EVENT_NOT_OBJECT',
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  MISSING_OPENID: 'MISSING_OPENID',
  INVALID_OPENID: 'INVALID_OPENID',
  FUNCTION_NOT_FOUND: 'FUNCTION_NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  NOT_FOUND: 'NOT_FOUND',
  BAD_PATH: 'BAD_PATH',
  BAD_UPLOAD: 'BAD_UPLOAD',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL: 'INTERNAL',
} as const;

export interface ErrorBody {
  code: string;
  errCode: number;
  errMsg: string;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body === undefined ? null : body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, code: string, errMsg: string, errCode = -1): void {
  const body: ErrorBody = { code, errCode, errMsg };
  sendJson(res, status, body);
}

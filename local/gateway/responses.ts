/** JSON answers of the gateway. Every error body is `{ code, errCode, errMsg }`. */
import { STATUS_CODES } from 'http';
import type { ServerResponse } from 'http';

export const GatewayErrorCodes = {
  INVALID_JSON: 'INVALID_JSON',
  EVENT_NOT_OBJECT: 'EVENT_NOT_OBJECT',
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  INVALID_OPENID: 'INVALID_OPENID',
  FUNCTION_NOT_FOUND: 'FUNCTION_NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  NOT_FOUND: 'NOT_FOUND',
  BAD_PATH: 'BAD_PATH',
  BAD_REQUEST: 'BAD_REQUEST',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  BAD_UPLOAD: 'BAD_UPLOAD',
  // The app maps these five to its own messages: keep their names.
  UPLOAD_NOT_BOUND: 'UPLOAD_NOT_BOUND',
  UPLOAD_NOT_IMAGE: 'UPLOAD_NOT_IMAGE',
  UPLOAD_TOO_LARGE: 'UPLOAD_TOO_LARGE',
  UPLOAD_QUOTA_EXCEEDED: 'UPLOAD_QUOTA_EXCEEDED',
  UPLOAD_RATE_LIMITED: 'UPLOAD_RATE_LIMITED',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_CLOCK: 'INVALID_CLOCK',
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
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

/** A whole HTTP/1.1 error response, for a socket that has no ServerResponse (see clientError). */
export function errorResponseText(status: number, code: string, errMsg: string): string {
  const body: ErrorBody = { code, errCode: -1, errMsg };
  const text = JSON.stringify(body);
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
    'content-type: application/json; charset=utf-8\r\n' +
    `content-length: ${Buffer.byteLength(text)}\r\n` +
    'connection: close\r\n\r\n' +
    text
  );
}

export function sendError(res: ServerResponse, status: number, code: string, errMsg: string, errCode = -1): void {
  const body: ErrorBody = { code, errCode, errMsg };
  sendJson(res, status, body);
}

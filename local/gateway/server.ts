/**
 * The HTTP gateway of the local cloud, on loopback:
 *   POST /cloud/<function>   body = the event (JSON), header x-openid (and x-unionid) = the caller;
 *                            200 with the function's return value, or an error body
 *                            `{ code, errCode, errMsg }` worded as the cloud words it.
 *   GET  /files/<cloudPath>  uploaded files, through the signed temp URLs getTempFileURL returns.
 *   POST /storage/upload, GET /storage/file/<fileID>   the app's own uploads (client-storage.ts).
 *   GET  anything else       the static folder (the H5 build), index.html for client routes.
 * CORS is allowed for loopback origins only (the H5 dev server runs on another port).
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { IncomingMessage, ServerResponse } from 'http';
import type { Caller } from '../runtime/context';
import { LocalCloudError, invalidArgument } from '../runtime/errors';
import { validateCaller } from '../runtime/invoker';
import { FILES_ROUTE } from '../runtime/storage';
import type { LocalStorage } from '../runtime/storage';
import { hostOfHeader, isLoopbackHost, isLoopbackOrigin } from './loopback';
import { GatewayErrorCodes, sendError, sendJson } from './responses';
import { contentTypeOf, sendFile, serveStatic } from './static';
import { CLIENT_FILE_ROUTE, CLIENT_UPLOAD_ROUTE, acceptClientUpload, serveClientFile } from './client-storage';

/** The cloud's limit for a synchronous event. */
export const MAX_EVENT_BYTES = 6 * 1024 * 1024;
const CLOUD_ROUTE = /^\/cloud\/([^/]+)\/?$/;

export interface GatewayOptions {
  port: number;
  host: string;
  allowNonLoopback: boolean;
  staticRoot?: string;
  storage: LocalStorage;
  has(functionName: string): boolean;
  invoke(functionName: string, event: unknown, caller: Caller): Promise<unknown>;
  logger: Pick<Console, 'error'>;
}

export interface Gateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_EVENT_BYTES) {
        reject(
          new HttpError(413, GatewayErrorCodes.BODY_TOO_LARGE, `the event is larger than ${MAX_EVENT_BYTES} bytes`),
        );
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseEvent(body: Buffer): object {
  const text = body.toString('utf8').trim();
  if (!text) return {};
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch (error) {
    throw new HttpError(
      400,
      GatewayErrorCodes.INVALID_JSON,
      `the request body is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (!event || typeof event !== 'object' || Array.isArray(event)) {
    throw new HttpError(400, GatewayErrorCodes.EVENT_NOT_OBJECT, 'the request body must be a JSON object (the event)');
  }
  return event;
}

function callerOf(req: IncomingMessage): Caller {
  const openid = req.headers['x-openid'];
  const unionid = req.headers['x-unionid'];
  if (openid === undefined || openid === '') {
    throw new HttpError(401, GatewayErrorCodes.MISSING_OPENID, 'header x-openid (the caller) is required');
  }
  try {
    return validateCaller({ openid, ...(unionid === undefined ? {} : { unionid }) });
  } catch (error) {
    throw new HttpError(400, GatewayErrorCodes.INVALID_OPENID, (error as Error).message);
  }
}

function statusOf(error: LocalCloudError): number {
  if (error.code === 'FUNCTION_NOT_FOUND') return 404;
  if (error.code === 'INVALID_ARGUMENT') return 400;
  if (error.code === 'FUNCTION_TIMEOUT') return 504;
  return 500;
}

async function callFunction(
  options: GatewayOptions,
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST, OPTIONS');
    return sendError(res, 405, GatewayErrorCodes.METHOD_NOT_ALLOWED, `use POST /cloud/${name}`);
  }
  if (!options.has(name)) {
    await readBody(req).catch(() => undefined);
    return sendError(
      res,
      404,
      GatewayErrorCodes.FUNCTION_NOT_FOUND,
      `cloud.callFunction:fail Error: errCode: -501000  | errMsg: FunctionName parameter could not be found. (no function "${name}")`,
      -501000,
    );
  }
  const event = parseEvent(await readBody(req));
  const caller = callerOf(req);
  try {
    sendJson(res, 200, await options.invoke(name, event, caller));
  } catch (error) {
    if (!(error instanceof LocalCloudError)) throw error;
    sendJson(res, statusOf(error), error.toJSON());
  }
}

async function serveUpload(
  options: GatewayOptions,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const grant = options.storage.verify(url.pathname.slice(FILES_ROUTE.length), url.searchParams);
  if ('refused' in grant)
    return sendError(res, 403, GatewayErrorCodes.FORBIDDEN, `file link refused: ${grant.refused}`);
  const file = await options.storage.read(grant.cloudPath);
  if (!file) return sendError(res, 404, GatewayErrorCodes.NOT_FOUND, 'the file does not exist (deleted?)');
  return sendFile(req, res, file.bytes, contentTypeOf(grant.cloudPath), 'private, max-age=60');
}

function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (typeof origin === 'string' && isLoopbackOrigin(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-methods', 'GET, HEAD, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', 'content-type, x-openid, x-unionid');
    res.setHeader('access-control-max-age', '600');
  }
  res.setHeader('vary', 'Origin');
}

async function handle(options: GatewayOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  applyCors(req, res);
  // A page on another site must not reach the gateway through a DNS name pointing at loopback.
  if (!options.allowNonLoopback && !isLoopbackHost(hostOfHeader(req.headers.host ?? ''))) {
    return sendError(res, 403, GatewayErrorCodes.FORBIDDEN, 'the gateway answers loopback host names only');
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return;
  }
  const route = CLOUD_ROUTE.exec(url.pathname);
  if (route) return callFunction(options, req, res, decodeURIComponent(route[1]));
  if (url.pathname === CLIENT_UPLOAD_ROUTE && req.method === 'POST') {
    return acceptClientUpload(options.storage, callerOf(req).openid, req, res);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD, OPTIONS');
    return sendError(res, 405, GatewayErrorCodes.METHOD_NOT_ALLOWED, `${req.method} is not served here`);
  }
  if (url.pathname.startsWith(FILES_ROUTE)) return serveUpload(options, req, res, url);
  if (url.pathname.startsWith(CLIENT_FILE_ROUTE)) {
    return serveClientFile(options.storage, url.pathname.slice(CLIENT_FILE_ROUTE.length), req, res);
  }
  return serveStatic(req, res, options.staticRoot, url.pathname);
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { port, host } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw invalidArgument(`listen: port must be 0–65535, not ${port}`);
  if (typeof host !== 'string' || !host) throw invalidArgument('listen: host must be a host name or address');
  if (!options.allowNonLoopback && !isLoopbackHost(host)) {
    throw invalidArgument(
      `listen: refusing to bind to ${host}, which is not loopback (allow it explicitly to expose the local cloud)`,
    );
  }
  const server = http.createServer((req, res) => {
    handle(options, req, res).catch((error) => {
      if (error instanceof HttpError) {
        if (!res.headersSent) sendError(res, error.status, error.code, error.message);
        return;
      }
      options.logger.error('[local cloud] gateway error:', error);
      if (!res.headersSent)
        sendError(res, 500, GatewayErrorCodes.INTERNAL, `gateway error: ${(error as Error)?.message ?? error}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

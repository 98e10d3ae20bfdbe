/**
 * The HTTP gateway of the local cloud, on loopback:
 *   POST /cloud/<function>   body = the event (JSON), header x-openid (and x-unionid) = the caller;
 *                            200 with the function's return value, or an error body
 *                            `{ code, errCode, errMsg }` worded as the cloud words it. Without
 *                            x-openid the function runs with no OPENID, as an HTTP-triggered one.
 *   GET  /files/<cloudPath>  uploaded files, through the signed temp URLs getTempFileURL returns.
 *   POST /storage/upload, GET /storage/file/<fileID>   the app's own uploads (client-storage.ts).
 *   GET  /favicon.ico        the static folder's icon, or the gateway's own.
 *   GET  anything else       the static folder (the H5 build), index.html for client routes.
 *   /dev/clock, /dev/trigger/<function>, /dev/outbox   in dev mode only, for loopback callers (dev-routes.ts).
 * CORS is allowed for loopback origins only (the H5 dev server runs on another port). Slow or
 * idle clients are cut off by the timeouts in settings.ts.
 */
import * as http from 'http';
import type { AddressInfo, Socket } from 'net';
import type { IncomingMessage, ServerResponse } from 'http';
import type { Caller } from '../runtime/context';
import { LocalCloudError, invalidArgument } from '../runtime/errors';
import { validateCaller } from '../runtime/invoker';
import { FILES_ROUTE } from '../runtime/storage';
import type { LocalStorage } from '../runtime/storage';
import { hostOfHeader, isLoopbackHost, isLoopbackOrigin } from './loopback';
import { GatewayErrorCodes, errorResponseText, sendError, sendJson } from './responses';
import { resolveGatewaySettings } from './settings';
import type { GatewaySettings, GatewaySettingsInput } from './settings';
import { contentTypeOf, sendFile, serveFavicon, serveStatic } from './static';
import { CLIENT_FILE_ROUTE, CLIENT_UPLOAD_ROUTE, acceptClientUpload, serveClientFile } from './client-storage';
import type { ClientUploads } from './client-storage';
import { DEV_ROUTE_PREFIX, serveDevRoute } from './dev-routes';
import type { DevRoutes } from './dev-routes';
import { ThrottledLog } from './throttled-log';
import { UploadQuota } from './upload-quota';

/** The cloud's limit for a synchronous event. */
export const MAX_EVENT_BYTES = 6 * 1024 * 1024;
const CLOUD_ROUTE = /^\/cloud\/([^/]+)\/?$/;

export interface GatewayOptions {
  port: number;
  host: string;
  allowNonLoopback: boolean;
  staticRoot?: string;
  storage: LocalStorage;
  /** Whether this openid may upload photos (a bound user of the app). */
  isBoundUser(openid: string): Promise<boolean>;
  has(functionName: string): boolean;
  /** `caller` is null for a call without x-openid. */
  invoke(functionName: string, event: unknown, caller: Caller | null): Promise<unknown>;
  logger: Pick<Console, 'error' | 'warn'>;
  /** Timeouts and upload limits; the defaults of settings.ts for anything not given. */
  settings?: GatewaySettingsInput;
  /** The development routes; absent (404) unless the runtime runs in dev mode. */
  dev?: DevRoutes;
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

interface Context {
  options: GatewayOptions;
  settings: GatewaySettings;
  uploads: ClientUploads;
  incomplete: ThrottledLog;
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

/** The caller named by x-openid (and x-unionid); null when x-openid is absent or empty. */
function callerOf(req: IncomingMessage): Caller | null {
  const openid = req.headers['x-openid'];
  const unionid = req.headers['x-unionid'];
  if (openid === undefined || openid === '') return null;
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

/** The request's URL, or a BAD_PATH error when its path is not valid percent-encoding. */
function urlOf(req: IncomingMessage): URL {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://127.0.0.1');
    decodeURIComponent(url.pathname); // every route decodes its part of the path
  } catch {
    throw new HttpError(400, GatewayErrorCodes.BAD_PATH, 'the request path is not valid percent-encoding');
  }
  return url;
}

/** Requests cut off by enforceDeadline: not logged again when their handler fails. */
const timedOut = new WeakSet<IncomingMessage>();

const describe = (req: IncomingMessage) => `${req.method} ${(req.url ?? '/').split('?')[0].slice(0, 200)}`;

const isUpload = (req: IncomingMessage) => req.method === 'POST' && req.url?.split('?')[0] === CLIENT_UPLOAD_ROUTE;

/**
 * Answers 408 and closes the connection if the request body has not arrived in time. Node's own
 * requestTimeout is the (longer) upload timeout; this one makes other requests stricter.
 */
function enforceDeadline(context: Context, req: IncomingMessage, res: ServerResponse): void {
  const { settings } = context;
  const ms = isUpload(req) ? settings.uploadTimeoutMs : settings.requestTimeoutMs;
  const timer = setTimeout(() => {
    if (req.complete) return;
    context.incomplete.note(`[local cloud] gateway: ${describe(req)} did not arrive within ${ms / 1000} s; closed`);
    timedOut.add(req);
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    res.setHeader('connection', 'close');
    sendError(res, 408, GatewayErrorCodes.REQUEST_TIMEOUT, `the request did not arrive within ${ms / 1000} s`);
    res.on('finish', () => req.socket.destroy());
  }, ms);
  timer.unref();
  const clear = () => clearTimeout(timer);
  req.on('end', clear);
  res.on('close', clear);
}

async function handle(context: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { options } = context;
  applyCors(req, res);
  enforceDeadline(context, req, res);
  // A page on another site must not reach the gateway through a DNS name pointing at loopback.
  if (!options.allowNonLoopback && !isLoopbackHost(hostOfHeader(req.headers.host ?? ''))) {
    return sendError(res, 403, GatewayErrorCodes.FORBIDDEN, 'the gateway answers loopback host names only');
  }
  const url = urlOf(req);
  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return;
  }
  const route = CLOUD_ROUTE.exec(url.pathname);
  if (route) return callFunction(options, req, res, decodeURIComponent(route[1]));
  if (url.pathname.startsWith(DEV_ROUTE_PREFIX)) return serveDevRoute(options.dev, req, res, url);
  if (url.pathname === CLIENT_UPLOAD_ROUTE && req.method === 'POST') {
    return acceptClientUpload(context.uploads, callerOf(req), req, res);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD, OPTIONS');
    return sendError(res, 405, GatewayErrorCodes.METHOD_NOT_ALLOWED, `${req.method} is not served here`);
  }
  if (url.pathname.startsWith(FILES_ROUTE)) return serveUpload(options, req, res, url);
  if (url.pathname.startsWith(CLIENT_FILE_ROUTE)) {
    return serveClientFile(options.storage, url.pathname.slice(CLIENT_FILE_ROUTE.length), req, res);
  }
  if (url.pathname === '/favicon.ico') return serveFavicon(req, res, options.staticRoot);
  return serveStatic(req, res, options.staticRoot, url.pathname);
}

/** The client closed the connection before its request was complete (or took too long). */
const incompleteRequest = (req: IncomingMessage) => timedOut.has(req) || (!req.complete && req.socket.destroyed);

function onFailure(context: Context, req: IncomingMessage, res: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) {
    if (!res.headersSent) sendError(res, error.status, error.code, error.message);
    return;
  }
  if (incompleteRequest(req)) {
    if (!timedOut.has(req)) {
      context.incomplete.note(`[local cloud] gateway: the client went away before ${describe(req)} was complete`);
    }
    return;
  }
  context.options.logger.error('[local cloud] gateway error:', error);
  if (!res.headersSent)
    sendError(res, 500, GatewayErrorCodes.INTERNAL, `gateway error: ${(error as Error)?.message ?? error}`);
  else res.destroy();
}

/**
 * Errors on a connection before a request reached the handler: Node's header and request timeouts,
 * malformed HTTP, a client resetting an idle connection.
 */
function onClientError(context: Context, error: NodeJS.ErrnoException, socket: Socket): void {
  // A request already with the handler is answered (or found incomplete) there.
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight) {
    socket.destroy();
    return;
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    context.incomplete.note('[local cloud] gateway: a client did not send its request in time; closed');
    socket.end(errorResponseText(408, GatewayErrorCodes.REQUEST_TIMEOUT, 'the request did not arrive in time'));
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  socket.end(errorResponseText(status, GatewayErrorCodes.BAD_REQUEST, 'the request is not valid HTTP'));
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
  let settings: GatewaySettings;
  try {
    settings = resolveGatewaySettings(options.settings);
  } catch (error) {
    throw invalidArgument(`listen: ${(error as Error).message}`);
  }
  const context: Context = {
    options,
    settings,
    uploads: {
      storage: options.storage,
      quota: new UploadQuota(settings.uploads),
      isBoundUser: options.isBoundUser,
    },
    incomplete: new ThrottledLog(
      (line) => options.logger.warn(line),
      settings.disconnectLogIntervalMs,
      'incomplete requests',
    ),
  };
  const server = http.createServer(
    // How often Node checks the header and request timeouts: often enough to honour short ones.
    { connectionsCheckingInterval: Math.min(1000, Math.max(10, Math.floor(settings.headersTimeoutMs / 4))) },
    (req, res) => {
      handle(context, req, res).catch((error) => onFailure(context, req, res, error));
    },
  );
  server.headersTimeout = settings.headersTimeoutMs;
  // The outer bound; requests other than uploads get the shorter deadline of enforceDeadline.
  server.requestTimeout = settings.uploadTimeoutMs + settings.headersTimeoutMs;
  server.keepAliveTimeout = settings.keepAliveTimeoutMs;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => onClientError(context, error, socket));

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
        context.incomplete.close();
      }),
  };
}

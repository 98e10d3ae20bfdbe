/**
 * The gateway's development routes, served only when the runtime runs in dev mode (`devRoutes`)
 * and only to a caller on this machine (loopback peer address and Host header):
 *   GET  /dev/clock               → { now }
 *   POST /dev/clock               {"now": "2026-10-08T09:00:00+08:00"} or {"advanceMinutes": 90} → { now }
 *   POST /dev/trigger/<function>  runs the function's timer trigger now → { result } when it is done
 *   GET  /dev/content-check       → { mediaVerdict, pending }
 *   POST /dev/content-check       {"riskyWords": ["…"], "mediaVerdict": {"suggest": "risky", "label": 20002}}
 *   POST /dev/deliver/media-checks  pushes the pending media results → { deliveries }
 *   GET  /dev/outbox[?api=…]      the open API calls functions made (subscription messages …), newest
 *                                 first, with decoded payloads → { entries }
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { LocalClock } from '../runtime/clock';
import type { ContentCheckControl } from '../runtime/cloud';
import type { OutboxEntry } from '../runtime/openapi/outbox';
import { LocalCloudError } from '../runtime/errors';
import { isLoopbackHost, hostOfHeader } from './loopback';
import { GatewayErrorCodes, sendError, sendJson } from './responses';

export const DEV_ROUTE_PREFIX = '/dev/';
const TRIGGER_ROUTE = /^\/dev\/trigger\/([^/]+)\/?$/;
const MAX_DEV_BODY_BYTES = 4096;

export interface DevRoutes {
  clock: LocalClock;
  /** Runs the function's timer trigger now; its result. */
  trigger(functionName: string): Promise<unknown>;
  contentCheck: ContentCheckControl;
  /** The open API outbox, oldest first (optionally of one API). */
  outbox(api?: string): OutboxEntry[];
}

/** `::ffff:127.0.0.1` is how an IPv4 loopback peer shows on a dual-stack socket. */
const isLoopbackPeer = (address: string | undefined) =>
  !!address && isLoopbackHost(address.startsWith('::ffff:') ? address.slice(7) : address);

function readSmallBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DEV_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const invalid = (res: ServerResponse, message: string) => sendError(res, 400, GatewayErrorCodes.INVALID_CLOCK, message);

async function setClock(clock: LocalClock, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const text = await readSmallBody(req);
  if (text === null) return sendError(res, 413, GatewayErrorCodes.BODY_TOO_LARGE, 'the body is too large');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return sendError(res, 400, GatewayErrorCodes.INVALID_JSON, 'the request body is not valid JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return invalid(res, 'the body must be {"now": "<ISO time>"} or {"advanceMinutes": <number>}');
  }
  const keys = Object.keys(body);
  const { now, advanceMinutes } = body as { now?: unknown; advanceMinutes?: unknown };
  if (keys.length !== 1 || (keys[0] !== 'now' && keys[0] !== 'advanceMinutes')) {
    return invalid(res, 'the body must have exactly one of "now" and "advanceMinutes"');
  }
  try {
    const at = keys[0] === 'now' ? clock.set(now as string) : clock.advance(advanceMinutes as number);
    sendJson(res, 200, { now: at.toISOString() });
  } catch (error) {
    if (!(error instanceof LocalCloudError)) throw error;
    invalid(res, error.errMsg);
  }
}

async function trigger(dev: DevRoutes, name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  await readSmallBody(req);
  try {
    sendJson(res, 200, { result: (await dev.trigger(name)) ?? null });
  } catch (error) {
    if (!(error instanceof LocalCloudError)) throw error;
    const status = error.code === 'FUNCTION_NOT_FOUND' ? 404 : error.code === 'INVALID_ARGUMENT' ? 400 : 500;
    sendJson(res, status, error.toJSON());
  }
}

async function setContentCheck(control: ContentCheckControl, req: IncomingMessage, res: ServerResponse) {
  const text = await readSmallBody(req);
  if (text === null) return sendError(res, 413, GatewayErrorCodes.BODY_TOO_LARGE, 'the body is too large');
  let body: { riskyWords?: unknown; riskyLabel?: unknown; mediaVerdict?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return sendError(res, 400, GatewayErrorCodes.INVALID_JSON, 'the request body is not valid JSON');
  }
  try {
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    if (body.riskyWords !== undefined)
      control.setRiskyWords(body.riskyWords as string[], (body.riskyLabel as number | undefined) ?? undefined);
    if (body.mediaVerdict !== undefined) control.setMediaVerdict(body.mediaVerdict as never);
  } catch (error) {
    const message = error instanceof LocalCloudError ? error.errMsg : 'the body must be an object';
    return sendError(res, 400, GatewayErrorCodes.INVALID_ARGUMENT, message);
  }
  sendJson(res, 200, { ok: true });
}

async function serveContentCheck(dev: DevRoutes, req: IncomingMessage, res: ServerResponse, path: string) {
  if (path === '/dev/content-check' && req.method === 'GET') {
    return sendJson(res, 200, { pending: dev.contentCheck.pendingMediaChecks() });
  }
  if (path === '/dev/content-check' && req.method === 'POST') return setContentCheck(dev.contentCheck, req, res);
  if (path === '/dev/deliver/media-checks' && req.method === 'POST') {
    await readSmallBody(req);
    try {
      return sendJson(res, 200, { deliveries: await dev.contentCheck.deliverMediaChecks() });
    } catch (error) {
      if (!(error instanceof LocalCloudError)) throw error;
      return sendError(res, 400, GatewayErrorCodes.INVALID_ARGUMENT, error.errMsg);
    }
  }
  res.setHeader('allow', path === '/dev/content-check' ? 'GET, POST' : 'POST');
  return sendError(res, 405, GatewayErrorCodes.METHOD_NOT_ALLOWED, `use the documented methods for ${path}`);
}

/** Serves a request under /dev/ (dev routes, or 404 when the runtime is not in dev mode). */
export async function serveDevRoute(
  dev: DevRoutes | undefined,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (!dev) return sendError(res, 404, GatewayErrorCodes.NOT_FOUND, 'no such route');
  // Even a gateway exposed beyond loopback keeps these to this machine.
  if (!isLoopbackPeer(req.socket.remoteAddress) || !isLoopbackHost(hostOfHeader(req.headers.host ?? ''))) {
    return sendError(res, 403, GatewayErrorCodes.FORBIDDEN, 'development routes answer loopback callers only');
  }
  if (url.pathname === '/dev/clock') {
    if (req.method === 'GET') return sendJson(res, 200, { now: dev.clock.now().toISOString() });
    if (req.method === 'POST') return setClock(dev.clock, req, res);
    res.setHeader('allow', 'GET, POST');
    return sendError(res, 405, GatewayErrorCodes.METHOD_NOT_ALLOWED, 'use GET or POST /dev/clock');
  }
  if (url.pathname === '/dev/content-check' || url.pathname === '/dev/deliver/media-checks') {
    return serveContentCheck(dev, req, res, url.pathname);
  }
  if (url.pathname === '/dev/outbox') {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return sendError(res, 405, GatewayErrorCodes.METHOD_NOT_ALLOWED, 'use GET /dev/outbox');
    }
    const api = url.searchParams.get('api') ?? undefined;
    return sendJson(res, 200, { entries: dev.outbox(api).reverse() });
  }
  const route = TRIGGER_ROUTE.exec(url.pathname);
  if (route) {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendError(res, 405, GatewayErrorCodes.METHOD_NOT_ALLOWED, 'use POST /dev/trigger/<function>');
    }
    return trigger(dev, decodeURIComponent(route[1]), req, res);
  }
  return sendError(res, 404, GatewayErrorCodes.NOT_FOUND, 'no such development route');
}

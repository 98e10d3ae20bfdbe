/**
 * Static files (the H5 build): a path that names a file is served; an unknown path without a
 * file extension is a client-side route and gets index.html; anything else is 404.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { IncomingMessage, ServerResponse } from 'http';
import { GatewayErrorCodes, sendError } from './responses';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp4': 'video/mp4',
  '.mp3': 'audio/mpeg',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function sendFile(req: IncomingMessage, res: ServerResponse, bytes: Buffer, type: string, cache: string): void {
  res.writeHead(200, {
    'content-type': type,
    'content-length': bytes.length,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

async function readFileIn(root: string, relative: string): Promise<Buffer | null> {
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    const stat = await fs.promises.stat(file);
    return stat.isFile() ? await fs.promises.readFile(file) : null;
  } catch {
    return null;
  }
}

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string | undefined,
  pathname: string,
): Promise<void> {
  if (!root)
    return sendError(res, 404, GatewayErrorCodes.NOT_FOUND, `nothing at ${pathname} (no static folder configured)`);
  let relative: string;
  try {
    relative = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return sendError(res, 400, GatewayErrorCodes.BAD_PATH, 'bad path encoding');
  }
  if (relative.includes('\0') || relative.split(/[\\/]/).includes('..')) {
    return sendError(res, 400, GatewayErrorCodes.BAD_PATH, 'bad path');
  }
  const wanted = relative === '' || relative.endsWith('/') ? path.join(relative, 'index.html') : relative;
  const bytes = await readFileIn(root, wanted);
  if (bytes) {
    const cache = path.basename(wanted) === 'index.html' ? 'no-cache' : 'public, max-age=300';
    return sendFile(req, res, bytes, contentTypeOf(wanted), cache);
  }
  if (path.extname(relative)) return sendError(res, 404, GatewayErrorCodes.NOT_FOUND, `no file ${pathname}`);
  const index = await readFileIn(root, 'index.html');
  if (!index)
    return sendError(
      res,
      404,
      GatewayErrorCodes.NOT_FOUND,
      `no file ${pathname} and no index.html in the static folder`,
    );
  return sendFile(req, res, index, TYPES['.html'], 'no-cache');
}

/** The gateway's own icon (a white house on the app's green), for a static folder without one. */
const BUILT_IN_FAVICON = path.join(__dirname, 'favicon.ico');

export async function serveFavicon(req: IncomingMessage, res: ServerResponse, root: string | undefined): Promise<void> {
  const own = root ? await readFileIn(root, 'favicon.ico') : null;
  const bytes = own ?? (await fs.promises.readFile(BUILT_IN_FAVICON));
  return sendFile(req, res, bytes, TYPES['.ico'], 'public, max-age=86400');
}

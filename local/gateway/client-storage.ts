/**
 * What `wx.cloud.uploadFile` and `<image src="cloud://…">` do for a mini-program, for the H5 app:
 *   POST /storage/upload            multipart form, field `file` (an image), header x-openid;
 *                                   answers `{ fileID }` like the client SDK's uploadFile.
 *   GET  /storage/file/<fileID>     the file's bytes (the fileID URI-encoded as one segment).
 */
import { randomBytes } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import busboy from 'busboy';
import type { LocalStorage } from '../runtime/storage';
import { GatewayErrorCodes, sendError, sendJson } from './responses';
import { contentTypeOf, sendFile } from './static';

export const CLIENT_UPLOAD_ROUTE = '/storage/upload';
export const CLIENT_FILE_ROUTE = '/storage/file/';
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const IMAGE_EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
};

interface ReceivedFile {
  bytes: Buffer;
  mimeType: string;
}

function receiveFile(req: IncomingMessage): Promise<ReceivedFile | { refused: string; status: number }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_UPLOAD_BYTES, fields: 10 } });
    } catch (error) {
      resolve({ refused: `expected a multipart form: ${(error as Error).message}`, status: 400 });
      return;
    }
    let received: ReceivedFile | { refused: string; status: number } | undefined;
    parser.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        received = { refused: `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, status: 413 };
      });
      stream.on('end', () => {
        if (received) return;
        if (field !== 'file') received = { refused: 'the file must be sent in the form field "file"', status: 400 };
        else received = { bytes: Buffer.concat(chunks), mimeType: info.mimeType };
      });
    });
    parser.on('close', () => resolve(received ?? { refused: 'no file in the form (field "file")', status: 400 }));
    parser.on('error', reject);
    req.pipe(parser);
  });
}

export async function acceptClientUpload(
  storage: LocalStorage,
  openid: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const received = await receiveFile(req);
  if ('refused' in received) {
    return sendError(
      res,
      received.status,
      received.status === 413 ? GatewayErrorCodes.BODY_TOO_LARGE : GatewayErrorCodes.BAD_UPLOAD,
      received.refused,
    );
  }
  const extension = IMAGE_EXTENSIONS[received.mimeType.toLowerCase()];
  if (!extension)
    return sendError(
      res,
      415,
      GatewayErrorCodes.BAD_UPLOAD,
      `only photos are accepted (jpeg, png, gif, webp, heic), not ${received.mimeType}`,
    );
  if (received.bytes.length === 0) return sendError(res, 400, GatewayErrorCodes.BAD_UPLOAD, 'the file is empty');
  const owner = openid.replace(/[^A-Za-z0-9_-]/g, '_');
  const cloudPath = `uploads/${owner}/${Date.now()}-${randomBytes(6).toString('hex')}.${extension}`;
  sendJson(res, 200, { fileID: await storage.put(cloudPath, received.bytes) });
}

export async function serveClientFile(
  storage: LocalStorage,
  encodedFileId: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let fileId: string;
  try {
    fileId = decodeURIComponent(encodedFileId);
  } catch {
    return sendError(res, 400, GatewayErrorCodes.BAD_PATH, 'the file id is not URI-encoded properly');
  }
  const file = await storage.get(fileId);
  if (!file) return sendError(res, 404, GatewayErrorCodes.NOT_FOUND, 'no such file in this environment');
  return sendFile(req, res, file.bytes, contentTypeOf(file.cloudPath), 'private, max-age=3600');
}

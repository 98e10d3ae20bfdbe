/**
 * What `wx.cloud.uploadFile` and `<image src="cloud://…">` do for a mini-program, for the H5 app:
 *   POST /storage/upload            multipart form, field `file` (a photo), header x-openid;
 *                                   answers `{ fileID }` like the client SDK's uploadFile.
 *   GET  /storage/file/<fileID>     the file's bytes (the fileID URI-encoded as one segment).
 *
 * Only a bound user (see bound-user.ts) may upload, only photos (judged by their bytes), at most
 * MAX_UPLOAD_BYTES a file and within the user's rate and daily quota (upload-quota.ts). A refused
 * upload stores nothing and answers `{ code, errCode, errMsg }` with one of the UPLOAD_* codes.
 */
import { randomBytes } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import busboy from 'busboy';
import type { Caller } from '../runtime/context';
import type { LocalStorage } from '../runtime/storage';
import { photoExtensionOf } from './photo-type';
import { GatewayErrorCodes, sendError, sendJson } from './responses';
import { contentTypeOf, sendFile } from './static';
import type { QuotaRefusal, UploadQuota } from './upload-quota';

export const CLIENT_UPLOAD_ROUTE = '/storage/upload';
export const CLIENT_FILE_ROUTE = '/storage/file/';
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const MEGABYTE = 1024 * 1024;

export interface ClientUploads {
  storage: LocalStorage;
  quota: UploadQuota;
  isBoundUser(openid: string): Promise<boolean>;
}

type Received = { bytes: Buffer } | { refused: string; status: number; code: string };

function receiveFile(req: IncomingMessage): Promise<Received> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_UPLOAD_BYTES, fields: 10 } });
    } catch (error) {
      const refused = `expected a multipart form: ${(error as Error).message}`;
      resolve({ refused, status: 400, code: GatewayErrorCodes.BAD_UPLOAD });
      return;
    }
    let received: Received | undefined;
    parser.on('file', (field, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        chunks.length = 0;
        const refused = `the file is larger than ${MAX_UPLOAD_BYTES / MEGABYTE} MB`;
        received = { refused, status: 413, code: GatewayErrorCodes.UPLOAD_TOO_LARGE };
      });
      stream.on('end', () => {
        if (received) return;
        if (field !== 'file') {
          const refused = 'the file must be sent in the form field "file"';
          received = { refused, status: 400, code: GatewayErrorCodes.BAD_UPLOAD };
        } else received = { bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('close', () =>
      resolve(
        received ?? { refused: 'no file in the form (field "file")', status: 400, code: GatewayErrorCodes.BAD_UPLOAD },
      ),
    );
    parser.on('error', reject);
    req.on('error', reject);
    req.pipe(parser);
  });
}

function refuseForQuota(res: ServerResponse, refusal: QuotaRefusal): void {
  if (refusal.refused === 'rate') {
    res.setHeader('retry-after', String(refusal.retryAfterSeconds));
    return sendError(
      res,
      429,
      GatewayErrorCodes.UPLOAD_RATE_LIMITED,
      `Too many uploads in the last minute; try again in ${refusal.retryAfterSeconds} seconds.`,
    );
  }
  const limit = refusal.refused === 'files' ? `${refusal.limit} files` : `${refusal.limit / MEGABYTE} MB`;
  return sendError(
    res,
    429,
    GatewayErrorCodes.UPLOAD_QUOTA_EXCEEDED,
    `The daily upload quota (${limit}) is used up; uploads are possible again tomorrow.`,
  );
}

export async function acceptClientUpload(
  uploads: ClientUploads,
  caller: Caller | null,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (!caller || !(await uploads.isBoundUser(caller.openid))) {
    return sendError(
      res,
      403,
      GatewayErrorCodes.UPLOAD_NOT_BOUND,
      'Only a user bound to a unit or a role may upload photos; this caller is not one.',
    );
  }
  const slot = uploads.quota.begin(caller.openid);
  if ('refused' in slot) return refuseForQuota(res, slot);
  let settled = false;
  try {
    const received = await receiveFile(req);
    if ('refused' in received) return sendError(res, received.status, received.code, received.refused);
    const extension = photoExtensionOf(received.bytes);
    if (!extension) {
      return sendError(
        res,
        415,
        GatewayErrorCodes.UPLOAD_NOT_IMAGE,
        'Only photos are accepted (JPEG, PNG, GIF, WebP or HEIC); the file is not one.',
      );
    }
    settled = true;
    const overQuota = uploads.quota.commit(slot, received.bytes.length);
    if (overQuota) return refuseForQuota(res, overQuota);
    const owner = caller.openid.replace(/[^A-Za-z0-9_-]/g, '_');
    const cloudPath = `uploads/${owner}/${Date.now()}-${randomBytes(6).toString('hex')}.${extension}`;
    let fileID: string;
    try {
      fileID = await uploads.storage.put(cloudPath, received.bytes);
    } catch (error) {
      uploads.quota.refund(slot, received.bytes.length);
      throw error;
    }
    sendJson(res, 200, { fileID });
  } finally {
    if (!settled) uploads.quota.release(slot);
  }
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

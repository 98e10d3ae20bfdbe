/**
 * Cloud storage on the local disk: bytes live under `<dataDir>/files/<cloudPath>`, file ids look
 * like the cloud's (`cloud://<env>.<bucket>/<cloudPath>`), and temporary URLs point at the
 * gateway's `/files/…` route, signed with an expiry like the cloud's temp URLs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { invalidArgument } from './errors';

export const FILES_ROUTE = '/files/';
const MAX_PATH = 1024;
const DEFAULT_MAX_AGE = 24 * 3600;

export interface StoredFile {
  bytes: Buffer;
  cloudPath: string;
}

export class LocalStorage {
  private readonly root: string;
  /** Uploads are written here first, then renamed into place, so a reader never sees half a file. */
  private readonly incoming: string;
  private readonly secret = randomBytes(32);
  private readonly bucket: string;

  constructor(
    dataDir: string,
    private readonly envId: string,
    private readonly baseUrl: () => string,
  ) {
    this.root = path.join(dataDir, 'files');
    this.incoming = path.join(dataDir, 'files-incoming');
    this.bucket = `${Buffer.from(envId).toString('hex').slice(0, 12)}-${envId}-local`;
  }

  fileIdOf(cloudPath: string): string {
    return `cloud://${this.envId}.${this.bucket}/${cloudPath}`;
  }

  /** The cloudPath of a file id of this environment, or null for any other id. */
  cloudPathOf(fileId: string): string | null {
    const prefix = `cloud://${this.envId}.${this.bucket}/`;
    if (typeof fileId !== 'string' || !fileId.startsWith(prefix)) return null;
    try {
      return checkCloudPath(fileId.slice(prefix.length));
    } catch {
      return null;
    }
  }

  async put(cloudPath: string, bytes: Buffer): Promise<string> {
    const clean = checkCloudPath(cloudPath);
    const file = this.diskPath(clean);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.mkdir(this.incoming, { recursive: true });
    const temp = path.join(this.incoming, randomBytes(8).toString('hex'));
    await fs.promises.writeFile(temp, bytes);
    await fs.promises.rename(temp, file);
    return this.fileIdOf(clean);
  }

  async get(fileId: string): Promise<StoredFile | null> {
    const cloudPath = this.cloudPathOf(fileId);
    if (cloudPath === null) return null;
    return this.read(cloudPath);
  }

  async read(cloudPath: string): Promise<StoredFile | null> {
    try {
      return { bytes: await fs.promises.readFile(this.diskPath(cloudPath)), cloudPath };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR')
        return null;
      throw error;
    }
  }

  /** True when the file existed and is now gone. */
  async delete(fileId: string): Promise<boolean> {
    const cloudPath = this.cloudPathOf(fileId);
    if (cloudPath === null) return false;
    try {
      await fs.promises.unlink(this.diskPath(cloudPath));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** A URL the gateway serves until `maxAge` seconds from now. */
  tempUrl(cloudPath: string, maxAge = DEFAULT_MAX_AGE, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + Math.max(1, Math.floor(maxAge));
    const encoded = cloudPath.split('/').map(encodeURIComponent).join('/');
    return `${this.baseUrl()}${FILES_ROUTE}${encoded}?expires=${expires}&sign=${this.sign(cloudPath, expires)}`;
  }

  /** Checks a temp URL's path and query; the cloudPath it grants, or a reason it does not. */
  verify(encodedPath: string, query: URLSearchParams, now = Date.now()): { cloudPath: string } | { refused: string } {
    let cloudPath: string;
    try {
      cloudPath = checkCloudPath(encodedPath.split('/').map(decodeURIComponent).join('/'));
    } catch {
      return { refused: 'bad file path' };
    }
    const expires = Number(query.get('expires'));
    const sign = query.get('sign') ?? '';
    if (!Number.isInteger(expires)) return { refused: 'missing expiry' };
    const expected = Buffer.from(this.sign(cloudPath, expires));
    const given = Buffer.from(sign);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { refused: 'bad signature' };
    if (expires * 1000 < now) return { refused: 'the link has expired' };
    return { cloudPath };
  }

  private sign(cloudPath: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${cloudPath}\n${expires}`).digest('hex').slice(0, 32);
  }

  private diskPath(cloudPath: string): string {
    return path.join(this.root, ...cloudPath.split('/'));
  }
}

/** A cloudPath is relative, '/'-separated, without empty, '.' or '..' segments. */
export function checkCloudPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || !cloudPath) throw invalidArgument('cloudPath must be a non-empty string');
  if (cloudPath.length > MAX_PATH) throw invalidArgument(`cloudPath is longer than ${MAX_PATH} characters`);
  if (/[\0\\]/.test(cloudPath)) throw invalidArgument('cloudPath must not contain NUL or backslashes');
  const segments = cloudPath.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    throw invalidArgument(`cloudPath "${cloudPath}" must be relative, without empty, "." or ".." segments`);
  }
  return cloudPath;
}

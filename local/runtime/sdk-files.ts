/**
 * File bytes bypass the SDK's requester: node-sdk's `uploadFile` PUTs to a COS URL and
 * `downloadFile` GETs a temp URL with its own HTTP client. Both are replaced on the `CloudBase`
 * prototype of every node-sdk copy that wx-server-sdk resolves, so bytes go to the local storage
 * and never to the network. (The other storage calls — getTempFileURL, deleteFile — do go through
 * the requester, hence through the seam router.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';

export type FileAnswer = Record<string, unknown>;

export interface FileHandlers {
  upload(cloudPath: unknown, bytes: Buffer): Promise<FileAnswer>;
  download(fileId: unknown): Promise<FileAnswer>;
}

const STATE = Symbol.for('estate-desk.local-runtime.sdk-files');

interface PatchState {
  handlers: FileHandlers;
}

interface CloudBasePrototype {
  uploadFile: (...args: unknown[]) => Promise<unknown>;
  downloadFile: (...args: unknown[]) => Promise<unknown>;
  [STATE]?: PatchState;
}

/** The node-sdk `dist` folders of every wx-server-sdk copy reachable from `locations`. */
export function nodeSdkDists(locations: string[]): string[] {
  const dists = new Set<string>();
  for (const from of [__dirname, ...locations]) {
    let wxSdk: string;
    try {
      wxSdk = path.dirname(require.resolve('wx-server-sdk/package.json', { paths: [from] }));
    } catch {
      continue;
    }
    const nodeSdk = path.dirname(require.resolve('@cloudbase/node-sdk/package.json', { paths: [wxSdk] }));
    dists.add(path.join(nodeSdk, 'dist'));
  }
  return [...dists];
}

async function readContent(content: unknown): Promise<Buffer | null> {
  if (Buffer.isBuffer(content)) return content;
  if (content instanceof Uint8Array) return Buffer.from(content);
  if (content instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of content) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    return Buffer.concat(chunks);
  }
  return null;
}

export function installFileInterception(locations: string[], handlers: FileHandlers): void {
  for (const dist of nodeSdkDists(locations)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { CloudBase } = require(path.join(dist, 'cloudbase.js')) as { CloudBase?: { prototype: CloudBasePrototype } };
    const proto = CloudBase?.prototype;
    if (!proto || typeof proto.uploadFile !== 'function' || typeof proto.downloadFile !== 'function') {
      throw new Error(
        `local cloud: @cloudbase/node-sdk at ${dist} has no CloudBase#uploadFile/downloadFile to intercept`,
      );
    }
    const existing = proto[STATE];
    if (existing) {
      existing.handlers = handlers;
      continue;
    }
    const state: PatchState = { handlers };
    Object.defineProperty(proto, STATE, { value: state });

    proto.uploadFile = async function localUploadFile(options: unknown, opts?: unknown) {
      const { cloudPath, fileContent } = (options ?? {}) as { cloudPath?: unknown; fileContent?: unknown };
      const bytes = await readContent(fileContent);
      if (!bytes)
        return {
          code: 'INVALID_PARAM',
          message: '[node-sdk] fileContent should be instance of fs.ReadStream or Buffer',
        };
      const answer = await state.handlers.upload(cloudPath, bytes);
      const onResponse = (opts as { onResponseReceived?: (r: { statusCode: number }) => void } | undefined)
        ?.onResponseReceived;
      if (!answer.code) onResponse?.({ statusCode: 200 });
      return answer;
    };

    proto.downloadFile = async function localDownloadFile(options: unknown) {
      const { fileID, tempFilePath } = (options ?? {}) as { fileID?: unknown; tempFilePath?: unknown };
      const answer = await state.handlers.download(fileID);
      if (answer.code || typeof tempFilePath !== 'string') return answer;
      await fs.promises.writeFile(tempFilePath, answer.fileContent as Buffer);
      return { fileContent: undefined, message: answer.message };
    };
  }
}

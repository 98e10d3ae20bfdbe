/**
 * The seam router of one local cloud: answers each SDK request the way the cloud's HTTP API
 * would (see local/seam for the shapes).
 */
import { randomBytes } from 'crypto';
import type { SeamRequest } from '../seam';
import { currentInvocation } from './context';
import { LocalCloudError, describeThrown } from './errors';
import { chainedSource } from './invoker';
import type { InvokeRequest } from './invoker';
import { handleOpenApi } from './openapi/handler';
import type { Outbox } from './openapi/outbox';
import type { LocalStorage } from './storage';
import type { FileAnswer } from './sdk-files';

export interface RouterDeps {
  database: { handle(action: string, params: Record<string, any>): Promise<unknown> };
  invoke(request: InvokeRequest): Promise<unknown>;
  storage: LocalStorage;
  outbox: Outbox;
  allowedApis(functionName: string): string[];
  /** Sees every SDK request (e.g. to count database requests per action in the benchmark). */
  observe?(action: string): void;
}

const requestId = (): string => randomBytes(8).toString('hex');
const error = (code: string, message: string) => ({ code, message, requestId: requestId() });

export function createRouter(deps: RouterDeps): (request: SeamRequest) => Promise<unknown> {
  return async ({ action, params }) => {
    if (typeof action !== 'string') return error('INVALID_PARAM', 'local cloud: the request has no action');
    deps.observe?.(action);
    if (action.startsWith('database.')) return deps.database.handle(action, params);
    switch (action) {
      case 'functions.invokeFunction':
        return invokeFunction(deps, params);
      case 'storage.batchGetDownloadUrl':
        return tempUrls(deps.storage, params);
      case 'storage.batchDeleteFile':
        return deleteFiles(deps.storage, params);
      case 'wx.openApi':
        return handleOpenApi(params, currentInvocation(), deps.allowedApis, deps.outbox);
      default:
        return error('LOCAL_UNSUPPORTED_ACTION', `local cloud: "${action}" is not supported by the local cloud`);
    }
  };
}

async function invokeFunction(deps: RouterDeps, params: Record<string, any>): Promise<unknown> {
  const name = params.function_name;
  let event: unknown = {};
  if (typeof params.request_data === 'string' && params.request_data) {
    try {
      event = JSON.parse(params.request_data);
    } catch {
      return error('INVALID_PARAM', 'callFunction: data is not valid JSON');
    }
  }
  const chain = chainedSource();
  try {
    const result = await deps.invoke({ functionName: name, event, ...chain });
    return { requestId: requestId(), data: { response_data: JSON.stringify(result) } };
  } catch (e) {
    if (e instanceof LocalCloudError) {
      const code =
        e.code === 'FUNCTION_NOT_FOUND' || e.code === 'INVALID_ARGUMENT' ? 'INVALID_PARAM' : 'FUNCTIONS_EXECUTE_FAIL';
      return error(code, e.detail);
    }
    return error('FUNCTIONS_EXECUTE_FAIL', describeThrown(e));
  }
}

async function tempUrls(storage: LocalStorage, params: Record<string, any>): Promise<unknown> {
  const list = Array.isArray(params.file_list) ? params.file_list : [];
  const download_list = await Promise.all(
    list.map(async (item: { fileid?: unknown; max_age?: unknown }) => {
      const fileID = typeof item?.fileid === 'string' ? item.fileid : '';
      const maxAge = Number(item?.max_age) > 0 ? Number(item.max_age) : 86400;
      const file = await storage.get(fileID);
      if (!file) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', maxAge };
      return { fileID, tempFileURL: storage.tempUrl(file.cloudPath, maxAge), code: 'SUCCESS', maxAge };
    }),
  );
  return { requestId: requestId(), data: { download_list } };
}

async function deleteFiles(storage: LocalStorage, params: Record<string, any>): Promise<unknown> {
  const list: unknown[] = Array.isArray(params.fileid_list) ? params.fileid_list : [];
  const delete_list = await Promise.all(
    list.map(async (fileID) => ({
      fileID,
      code: (await storage.delete(String(fileID))) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST',
    })),
  );
  return { requestId: requestId(), data: { delete_list } };
}

export function fileRoutes(storage: LocalStorage) {
  return {
    async upload(cloudPath: unknown, bytes: Buffer): Promise<FileAnswer> {
      try {
        const fileID = await storage.put(cloudPath as string, bytes);
        return { fileID, requestId: requestId() };
      } catch (e) {
        if (e instanceof LocalCloudError) return error('INVALID_PARAM', e.detail);
        return error('STORAGE_REQUEST_FAIL', describeThrown(e));
      }
    },
    async download(fileId: unknown): Promise<FileAnswer> {
      const file = typeof fileId === 'string' ? await storage.get(fileId) : null;
      if (!file) return error('STORAGE_FILE_NONEXIST', `file ${String(fileId)} does not exist`);
      return { fileContent: file.bytes, message: '文件下载完成' };
    },
  };
}

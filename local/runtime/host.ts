/**
 * One process may hold several local clouds (tests do), but the seam and the file interception
 * patch the SDK once. They route every request to the cloud that owns the running invocation,
 * or — outside any invocation — to the most recently started cloud.
 */
import { installSeam } from '../seam';
import type { SeamRequest } from '../seam';
import { currentInvocation } from './context';
import { installFileInterception } from './sdk-files';
import type { FileAnswer, FileHandlers } from './sdk-files';

export interface CloudRoutes {
  route(request: SeamRequest): Promise<unknown>;
  files: FileHandlers;
}

const live: Array<{ owner: object; routes: CloudRoutes }> = [];

const closedAnswer = { code: 'LOCAL_CLOUD_CLOSED', message: 'local cloud: no local cloud is running' };

function pick(): CloudRoutes | undefined {
  const invocation = currentInvocation();
  const owned = invocation && live.find((l) => l.owner === invocation.owner);
  return (owned ?? live[live.length - 1])?.routes;
}

const router = async (request: SeamRequest): Promise<unknown> => {
  const routes = pick();
  return routes ? routes.route(request) : closedAnswer;
};

const fileHandlers: FileHandlers = {
  upload: async (cloudPath, bytes): Promise<FileAnswer> => pick()?.files.upload(cloudPath, bytes) ?? closedAnswer,
  download: async (fileId): Promise<FileAnswer> => pick()?.files.download(fileId) ?? closedAnswer,
};

/** Makes `routes` reachable from the SDK; the returned function detaches them. */
export function attachCloud(owner: object, routes: CloudRoutes, sdkLocations: string[]): () => void {
  installSeam(router, { sdkLocations });
  installFileInterception(sdkLocations, fileHandlers);
  const entry = { owner, routes };
  live.push(entry);
  return () => {
    const i = live.indexOf(entry);
    if (i >= 0) live.splice(i, 1);
  };
}

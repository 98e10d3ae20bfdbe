/**
 * The local cloud's seam: every request the genuine `wx-server-sdk` (4.0.2) makes through
 * `@cloudbase/node-sdk` (3.17.2) is handed to a local router instead of the network.
 *
 * ## Router contract
 *
 * `SeamRouter(request) → Promise<answer>` is called once per SDK request.
 *
 * - `request.action` is the cloud API action, e.g. `database.getDocument`,
 *   `database.insertDocument`, `functions.invokeFunction`, `storage.getUploadMetadata`,
 *   `wx.openApi`.
 * - `request.params` is what the SDK would POST to the cloud's HTTP API: the SDK's own
 *   parameters (for the database, EJSON strings in `query`, `data`, `order`, `projection` …),
 *   plus `envName` (the resolved environment id: for `DYNAMIC_CURRENT_ENV`, `process.env.TCB_ENV`;
 *   `''` when none). Nothing is signed and no credentials are needed.
 * - The answer is what the cloud's HTTP API would answer, as parsed JSON:
 *   - success: the body the SDK expects, e.g. for the database
 *     `{ requestId, data: { insertedIds: [...] } }`, `{ requestId, data: { list: [EJSON...] } }`;
 *     for `functions.invokeFunction` `{ requestId, data: { response_data: '<json>' } }`.
 *   - error: `{ code: '<TCB code name>', message: string, requestId?: string }`, e.g.
 *     `{ code: 'DATABASE_COLLECTION_NOT_EXIST', message: '…' }`. A truthy `code` is handled
 *     exactly like the cloud's error body: the SDK maps the name to its errCode (here -502005)
 *     and the call rejects with `errCode`/`errMsg`, as in the cloud.
 *   - a router that throws makes the SDK call reject with that error (a transport failure).
 *
 * `installSeam` patches the `request` export of `dist/utils/tcbapirequester.js` in the copy of
 * `@cloudbase/node-sdk` that `wx-server-sdk` resolves (relative to wx-server-sdk's own
 * location, through the caller's module registry — so under jest each test file's own copy),
 * plus any other copy already loaded in Node's module cache. It also makes the metadata-host
 * probe (`utils/metadata.js lookupAppId`, used by `checkIsInternalAsync`) answer locally, so
 * `cloud.init` and requests never leave the machine. Calling it again replaces the router.
 * It throws at install when the SDK versions are not the ones this seam was built for.
 */
import * as fs from 'fs';
import * as path from 'path';

export type SeamParams = Record<string, any>;

export interface SeamRequest {
  action: string;
  params: SeamParams;
}

/** What the cloud's HTTP API answers with for an error (a truthy `code` marks an error). */
export interface SeamErrorAnswer {
  code: string;
  message: string;
  requestId?: string;
}

export type SeamRouter = (request: SeamRequest) => Promise<any>;

export interface InstallSeamOptions {
  /** Extra directories from which to resolve another `wx-server-sdk` copy to patch as well. */
  sdkLocations?: string[];
}

export const EXPECTED_WX_SERVER_SDK_VERSION = '4.0.2';
export const EXPECTED_NODE_SDK_VERSION = '3.17.2';

const SEAM_STATE = Symbol.for('estate-desk.local-seam');

interface SeamState {
  router: SeamRouter;
}

interface RequesterModule {
  request: (args: RequestArgs) => Promise<unknown>;
  [SEAM_STATE]?: SeamState;
}

interface RequestArgs {
  config?: { envName?: unknown; env?: unknown };
  params: SeamParams & { action: string };
}

interface MetadataModule {
  lookupAppId: () => Promise<string>;
  lookup: (p: string) => Promise<unknown>;
  lookupCredentials: (rule: string) => Promise<unknown>;
}

interface UtilsModule {
  processReturn: (result: unknown) => unknown;
}

export class SeamVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeamVersionError';
  }
}

function readVersion(packageJsonPath: string): string {
  return String(JSON.parse(fs.readFileSync(packageJsonPath, 'utf8')).version);
}

function sdkDirs(options: InstallSeamOptions): string[] {
  const dirs = new Set<string>();
  dirs.add(path.dirname(require.resolve('wx-server-sdk/package.json')));
  for (const from of options.sdkLocations ?? []) {
    dirs.add(path.dirname(require.resolve('wx-server-sdk/package.json', { paths: [from] })));
  }
  return [...dirs];
}

function nodeSdkDistFor(wxSdkDir: string): string {
  const wxVersion = readVersion(path.join(wxSdkDir, 'package.json'));
  if (wxVersion !== EXPECTED_WX_SERVER_SDK_VERSION) {
    throw new SeamVersionError(
      `local seam: wx-server-sdk ${wxVersion} found at ${wxSdkDir}, but the seam was built for ` +
        `${EXPECTED_WX_SERVER_SDK_VERSION}; pin wx-server-sdk to ${EXPECTED_WX_SERVER_SDK_VERSION}`,
    );
  }
  const nodeSdkPkg = require.resolve('@cloudbase/node-sdk/package.json', { paths: [wxSdkDir] });
  const nodeVersion = readVersion(nodeSdkPkg);
  if (nodeVersion !== EXPECTED_NODE_SDK_VERSION) {
    throw new SeamVersionError(
      `local seam: @cloudbase/node-sdk ${nodeVersion} found at ${path.dirname(nodeSdkPkg)}, but ` +
        `the seam was built for ${EXPECTED_NODE_SDK_VERSION}`,
    );
  }
  return path.join(path.dirname(nodeSdkPkg), 'dist');
}

function stripUndefined(params: SeamParams): SeamParams {
  const out: SeamParams = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v;
  return out;
}

function envNameOf(args: RequestArgs): string {
  const envName = args.config?.envName;
  // As the genuine requester: DYNAMIC_CURRENT_ENV means the function's own env (TCB_ENV),
  // the default-env symbol means ''.
  if (envName === Symbol.for('SYMBOL_CURRENT_ENV')) {
    return process.env.TCB_ENV || process.env.SCF_NAMESPACE || '';
  }
  return typeof envName === 'string' ? envName : '';
}

const localOnly = (what: string) => async (): Promise<never> => {
  throw new Error(`local seam: ${what} is not reachable in the local cloud`);
};

function patchDist(dist: string, router: SeamRouter): void {
  /* eslint-disable @typescript-eslint/no-require-imports -- the SDK's own modules, by path, so the patches land on them */
  const requester = require(path.join(dist, 'utils', 'tcbapirequester.js')) as RequesterModule;
  const metadata = require(path.join(dist, 'utils', 'metadata.js')) as MetadataModule;
  const utils = require(path.join(dist, 'utils', 'utils.js')) as UtilsModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  for (const [mod, name] of [
    [requester, 'request'],
    [metadata, 'lookupAppId'],
  ] as const) {
    if (typeof (mod as unknown as Record<string, unknown>)[name] !== 'function') {
      throw new SeamVersionError(`local seam: @cloudbase/node-sdk at ${dist} has no ${name} export`);
    }
  }

  metadata.lookupAppId = async () => '';
  metadata.lookup = localOnly('the metadata host');
  metadata.lookupCredentials = localOnly('the metadata host');

  const existing = requester[SEAM_STATE];
  if (existing) {
    existing.router = router;
    return;
  }
  const state: SeamState = { router };
  Object.defineProperty(requester, SEAM_STATE, { value: state, enumerable: false });
  requester.request = async function localRequest(args: RequestArgs): Promise<unknown> {
    const { action } = args.params;
    const params = stripUndefined({ ...args.params, envName: envNameOf(args) });
    const result: unknown = await state.router({ action, params });
    if (result && typeof result === 'object' && (result as { code?: unknown }).code) {
      // Same as the genuine request(): an error body goes through processReturn, which
      // throws or returns depending on the SDK's throwOnCode (wx-server-sdk: returns).
      return utils.processReturn(result);
    }
    return result;
  };
}

/** Patches every copy that Node has already loaded (plain node only; jest has its own registry). */
function loadedDists(): string[] {
  const suffix = path.join('@cloudbase', 'node-sdk', 'dist', 'utils', 'tcbapirequester.js');
  const cache = (require as NodeRequire).cache ?? {};
  return Object.keys(cache)
    .filter((file) => file.endsWith(suffix))
    .map((file) => path.dirname(path.dirname(file)));
}

export function installSeam(router: SeamRouter, options: InstallSeamOptions = {}): void {
  if (typeof router !== 'function') throw new TypeError('installSeam: router must be a function');
  const dists = new Set<string>();
  for (const dir of sdkDirs(options)) dists.add(nodeSdkDistFor(dir));
  for (const dist of loadedDists()) {
    const version = readVersion(path.join(path.dirname(dist), 'package.json'));
    if (version !== EXPECTED_NODE_SDK_VERSION) {
      throw new SeamVersionError(
        `local seam: a loaded @cloudbase/node-sdk ${version} at ${dist} is not ${EXPECTED_NODE_SDK_VERSION}`,
      );
    }
    dists.add(dist);
  }
  for (const dist of dists) patchDist(dist, router);
}

/** Builds the error body the cloud answers with, e.g. `seamError('DATABASE_COLLECTION_NOT_EXIST', '…')`. */
export function seamError(code: string, message: string, requestId = ''): SeamErrorAnswer {
  return { code, message, requestId };
}

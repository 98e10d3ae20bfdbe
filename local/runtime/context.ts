/**
 * The invocation context. wx-server-sdk's `getWXContext()` and node-sdk's request code read the
 * caller only from `process.env` (WX_CONTEXT_KEYS, WX_OPENID, TCB_ENV …). Invocations overlap in
 * one process here, so `process.env` is replaced by a view that answers the context keys of the
 * invocation running in the current async context (AsyncLocalStorage) and everything else from
 * the real environment.
 */
import { AsyncLocalStorage } from 'async_hooks';

export interface Caller {
  openid: string;
  unionid?: string;
}

/** Who started the invocation chain, as getWXContext's SOURCE names it. */
export type InvocationSource = 'wx_client' | 'wx_http' | 'wx_trigger';

export interface BlockedConnection {
  /** The host name or address the code tried to reach. */
  target: string;
  port: number | null;
  via: string;
  functionName: string | null;
  requestId: string | null;
  at: string;
}

export interface Invocation {
  /** Identifies the LocalCloud that owns this invocation (several may live in one process). */
  readonly owner: object;
  readonly functionName: string;
  readonly requestId: string;
  readonly caller: Caller | null;
  /** The comma-separated SOURCE chain, e.g. `wx_client,scf`. */
  readonly source: string;
  readonly env: ReadonlyMap<string, string | undefined>;
  /** Network attempts the guard refused during this invocation. */
  readonly blocked: BlockedConnection[];
  /**
   * Fails the invocation with an error that escaped the function (see crash-guard.ts); answers
   * false when the invocation had already ended.
   */
  readonly escape: (error: unknown) => boolean;
}

const storage = new AsyncLocalStorage<Invocation>();

export function currentInvocation(): Invocation | undefined {
  return storage.getStore();
}

export function runInInvocation<T>(invocation: Invocation, fn: () => T): T {
  return storage.run(invocation, fn);
}

export interface ContextEnvInput {
  appId: string;
  envId: string;
  functionName: string;
  caller: Caller | null;
  source: string;
}

/**
 * The variables the cloud sets for one invocation. A key mapped to `undefined` hides any value of
 * the real environment (a timer run has no OPENID even if the shell exported WX_OPENID).
 */
export function contextEnv(input: ContextEnvInput): Map<string, string | undefined> {
  const env = new Map<string, string | undefined>();
  const keys = ['WX_OPENID', 'WX_APPID', 'WX_UNIONID'];
  env.set('WX_CONTEXT_KEYS', keys.join(','));
  env.set('WX_OPENID', input.caller?.openid);
  env.set('WX_APPID', input.caller ? input.appId : undefined);
  env.set('WX_UNIONID', input.caller?.unionid);
  env.set('TCB_ENV', input.envId);
  env.set('SCF_NAMESPACE', input.envId);
  env.set('TCB_SOURCE', input.source);
  env.set('SCF_FUNCTIONNAME', input.functionName);
  return env;
}

const ENV_VIEW = Symbol.for('estate-desk.local-runtime.env-view');

type EnvRecord = Record<string, string | undefined>;

/**
 * Installs the per-invocation view of `process.env` (once per `process` object; jest gives each
 * test file its own). Writes go to the real environment, except context keys inside an invocation.
 */
export function installContextEnv(): void {
  const proc = process as NodeJS.Process & { [ENV_VIEW]?: true };
  if (proc[ENV_VIEW]) return;
  const real = process.env as EnvRecord;
  const overlay = (): ReadonlyMap<string, string | undefined> | undefined => storage.getStore()?.env;

  const view = new Proxy(real, {
    get(target, key) {
      if (typeof key === 'string') {
        const env = overlay();
        if (env?.has(key)) return env.get(key);
      }
      return Reflect.get(target, key);
    },
    set(target, key, value) {
      const env = overlay();
      if (typeof key === 'string' && env?.has(key)) {
        (env as Map<string, string | undefined>).set(key, String(value));
        return true;
      }
      return Reflect.set(target, key, value === undefined ? 'undefined' : String(value));
    },
    has(target, key) {
      if (typeof key === 'string') {
        const env = overlay();
        if (env?.has(key)) return env.get(key) !== undefined;
      }
      return Reflect.has(target, key);
    },
    deleteProperty(target, key) {
      const env = overlay();
      if (typeof key === 'string' && env?.has(key)) {
        (env as Map<string, string | undefined>).set(key, undefined);
        return true;
      }
      return Reflect.deleteProperty(target, key);
    },
    ownKeys(target) {
      const keys = new Set(Reflect.ownKeys(target));
      const env = overlay();
      if (env) {
        for (const [k, v] of env) {
          if (v === undefined) keys.delete(k);
          else keys.add(k);
        }
      }
      return [...keys];
    },
    getOwnPropertyDescriptor(target, key) {
      const env = overlay();
      if (typeof key === 'string' && env?.has(key)) {
        const value = env.get(key);
        return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
      }
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  process.env = view as NodeJS.ProcessEnv;
  Object.defineProperty(proc, ENV_VIEW, { value: true });
}

/**
 * Runs one function invocation the way the cloud does: the event and the return value cross a
 * JSON boundary, the caller's identity is in the (per-invocation) environment, a thrown error
 * becomes -504002 "functions execute fail", and a run past the timeout becomes -504003.
 */
import { randomBytes } from 'crypto';
import { contextEnv, runInInvocation, currentInvocation } from './context';
import type { BlockedConnection, Caller, Invocation } from './context';
import { CloudErrCodes, LocalCloudError, RuntimeErrorCodes, describeThrown, invalidArgument } from './errors';
import type { FunctionRegistry } from './functions';
import { decodeCloudIds } from './cloud-id';

export interface InvokeRequest {
  functionName: string;
  event: unknown;
  caller: Caller | null;
  /** The SOURCE chain of this invocation (`wx_client`, `wx_client,scf`, `wx_trigger` …). */
  source: string;
  /** Shared with the calling invocation, so a blocked attempt fails the whole chain. */
  blocked?: BlockedConnection[];
}

export interface InvokerOptions {
  owner: object;
  registry: FunctionRegistry;
  appId: string;
  envId: string;
  /** Overrides every function's timeout (config.json `timeout`, default 3 s). */
  timeoutMs?: number;
  onError?: (functionName: string, error: unknown) => void;
}

const OPENID = /^[A-Za-z0-9_-]{1,128}$/;

export function validateCaller(caller: unknown): Caller {
  const c = caller as Partial<Caller> | null;
  if (!c || typeof c !== 'object') throw invalidArgument('caller must be an object { openid, unionid? }');
  if (typeof c.openid !== 'string' || !OPENID.test(c.openid)) {
    throw invalidArgument('caller.openid must be 1–128 characters of A-Z a-z 0-9 _ -');
  }
  if (c.unionid !== undefined && (typeof c.unionid !== 'string' || !OPENID.test(c.unionid))) {
    throw invalidArgument('caller.unionid, when given, must be 1–128 characters of A-Z a-z 0-9 _ -');
  }
  return c.unionid === undefined ? { openid: c.openid } : { openid: c.openid, unionid: c.unionid };
}

const newRequestId = (): string =>
  randomBytes(16)
    .toString('hex')
    .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');

export class Invoker {
  constructor(private readonly options: InvokerOptions) {}

  async invoke(request: InvokeRequest): Promise<unknown> {
    const { registry, appId, envId, owner } = this.options;
    const { functionName, caller, source } = request;
    if (typeof functionName !== 'string' || !functionName)
      throw invalidArgument('functionName must be a non-empty string');
    const described = registry.describe(functionName);
    const event = toEvent(request.event, caller, appId);

    const escaped = escapeHatch();
    const invocation: Invocation = {
      owner,
      functionName,
      requestId: newRequestId(),
      caller,
      source,
      env: contextEnv({ appId, envId, functionName, caller, source }),
      blocked: request.blocked ?? [],
      escape: escaped.escape,
    };
    const timeoutMs = this.options.timeoutMs ?? (described.config.timeout ?? 3) * 1000;

    return runInInvocation(invocation, async () => {
      let result: unknown;
      try {
        const main = registry.load(functionName);
        const context = {
          callbackWaitsForEmptyEventLoop: false,
          memory_limit_in_mb: 256,
          time_limit_in_ms: timeoutMs,
          request_id: invocation.requestId,
          function_name: functionName,
          function_version: '$LATEST',
          namespace: envId,
        };
        const run = Promise.resolve().then(() => main(event, context));
        result = await withTimeout(Promise.race([run, escaped.promise]), timeoutMs);
      } catch (error) {
        if (invocation.blocked.length) throw networkBlocked(invocation.blocked);
        this.options.onError?.(functionName, error);
        if (error instanceof LocalCloudError) throw error;
        throw new LocalCloudError(
          RuntimeErrorCodes.FUNCTION_EXECUTE_FAIL,
          CloudErrCodes.FUNCTIONS_EXECUTE_FAIL,
          describeThrown(error),
          {
            cause: error,
          },
        );
      } finally {
        escaped.close();
      }
      if (invocation.blocked.length) throw networkBlocked(invocation.blocked);
      return toResult(result, functionName);
    });
  }
}

/** The source chain for a call made from inside a function (`cloud.callFunction`). */
export function chainedSource(): { caller: Caller | null; source: string; blocked?: BlockedConnection[] } {
  const parent = currentInvocation();
  if (!parent) return { caller: null, source: 'scf' };
  return { caller: parent.caller, source: `${parent.source},scf`, blocked: parent.blocked };
}

function toEvent(event: unknown, caller: Caller | null, appId: string): Record<string, unknown> {
  if (event === undefined || event === null) event = {};
  if (typeof event !== 'object' || Array.isArray(event)) throw invalidArgument('the event must be a JSON object');
  let copy: Record<string, unknown>;
  try {
    copy = JSON.parse(JSON.stringify(event));
  } catch (error) {
    throw invalidArgument(`the event is not JSON-serialisable: ${(error as Error).message}`);
  }
  // As the cloud does for calls from the mini-program.
  if (caller) {
    decodeCloudIds(copy);
    copy.userInfo = { appId, openId: caller.openid };
  }
  return copy;
}

function toResult(result: unknown, functionName: string): unknown {
  if (result === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(result));
  } catch (error) {
    throw new LocalCloudError(
      RuntimeErrorCodes.FUNCTION_EXECUTE_FAIL,
      CloudErrCodes.FUNCTIONS_EXECUTE_FAIL,
      `the return value of "${functionName}" is not JSON-serialisable: ${(error as Error).message}`,
    );
  }
}

function networkBlocked(blocked: BlockedConnection[]): LocalCloudError {
  const targets = [...new Set(blocked.map((b) => (b.port === null ? b.target : `${b.target}:${b.port}`)))];
  return new LocalCloudError(
    RuntimeErrorCodes.NETWORK_BLOCKED,
    CloudErrCodes.FUNCTIONS_EXECUTE_FAIL,
    `network access blocked by the local cloud: tried to reach ${targets.join(', ')} (only loopback is allowed)`,
  );
}

/** A promise that rejects with the first error escaping the invocation, until it is closed. */
function escapeHatch(): { promise: Promise<never>; escape(error: unknown): boolean; close(): void } {
  let open = true;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<never>((_, r) => {
    reject = r;
  });
  promise.catch(() => undefined); // raced while open; never an unhandled rejection of its own
  return {
    promise,
    escape(error) {
      if (!open) return false;
      open = false;
      reject(error);
      return true;
    },
    close() {
      open = false;
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new LocalCloudError(
            RuntimeErrorCodes.FUNCTION_TIMEOUT,
            CloudErrCodes.FUNCTIONS_TIMEOUT,
            `Invoking task timed out after ${ms / 1000} seconds`,
          ),
        ),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * `createLocalCloud`: the local WeChat cloud — database, functions with per-invocation identity,
 * storage, open API outbox, network guard, timer triggers — and `listen` for the HTTP gateway.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createDatabase, describeUnindexedQuery, INDEX_POLICIES } from '../database';
import type { IndexPolicy, LocalDatabase } from '../database';
import { isBoundUser } from '../gateway/bound-user';
import { startGateway } from '../gateway/server';
import type { Gateway } from '../gateway/server';
import type { GatewaySettingsInput } from '../gateway/settings';
import { installContextEnv, currentInvocation } from './context';
import type { BlockedConnection, Caller } from './context';
import { readDatabaseConfig } from './database-config';
import { LocalCloudError, RuntimeErrorCodes, CloudErrCodes, invalidArgument } from './errors';
import { FunctionRegistry } from './functions';
import { attachCloud } from './host';
import { Invoker, validateCaller } from './invoker';
import { createLocalClock } from './clock';
import type { LocalClock } from './clock';
import { enableCrashGuard } from './crash-guard';
import { enableNetworkGuard } from './network-guard';
import { Outbox } from './openapi/outbox';
import type { OutboxAnswer, OutboxEntry } from './openapi/outbox';
import { mediaCheckEvent } from './openapi/content-check';
import type { MediaVerdict, PendingMediaCheck } from './openapi/content-check';
import { createRouter, fileRoutes } from './router';
import { LocalStorage } from './storage';
import { schedule } from './timers';
import type { ScheduledTrigger } from './timers';

export interface LocalCloudOptions {
  dataDir: string;
  functionsRoot: string;
  staticRoot?: string;
  databaseConfigFile?: string;
  appId?: string;
  /** Run timer triggers on their schedule (default false: tests fire them with runTimer). */
  timers?: boolean;
  /** Overrides every function's timeout (config.json `timeout`, default 3 s). */
  functionTimeoutMs?: number;
  /** Where function errors and timer outcomes are logged (default: console). */
  logger?: Pick<Console, 'error' | 'warn' | 'info'>;
  /** Called with the action of every request the SDK sends (database.*, functions.*, wx.openApi …). */
  observeRequests?: (action: string) => void;
  /**
   * A database query no index of the database config serves: 'warn' (default) logs it once per
   * query shape with the index to declare, 'strict' fails it (errCode -502001, `[IndexRequired]`),
   * 'off' lets it scan. See docs/local-database.md, "Indexes".
   */
  indexPolicy?: IndexPolicy;
  /**
   * Development routes on the gateway (`/dev/clock`, `/dev/trigger/<function>`, `/dev/outbox`), for loopback
   * callers only. On for `npm start` and the tests; never for a deployed build (default false).
   */
  devRoutes?: boolean;
  /**
   * 消息推送: which function receives each pushed event, as configured in the cloud console
   * (e.g. `{ wxa_media_check: 'mediaCheck' }`, see cloudfunctions/message-push.json).
   */
  messagePush?: Record<string, string>;
}

export interface MediaCheckDelivery {
  traceId: string;
  verdict: MediaVerdict;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** The content security stand-in (docs/local-runtime.md, "Content checks"). */
export interface ContentCheckControl {
  /** msgSecCheck answers risky for texts containing one of these words. */
  setRiskyWords(words: string[], label?: number): void;
  /** The verdict the next delivered media results carry (default pass). */
  setMediaVerdict(verdict: MediaVerdict): void;
  /** mediaCheckAsync calls whose late result has not been delivered yet. */
  pendingMediaChecks(): PendingMediaCheck[];
  /** Pushes each pending result to the function configured for wxa_media_check, as WeChat would. */
  deliverMediaChecks(): Promise<MediaCheckDelivery[]>;
  /** No risky words, media pass, nothing pending. */
  reset(): void;
}

export interface TimerRun {
  functionName: string;
  triggerName: string;
  at: string;
  ok: boolean;
  result?: unknown;
  error?: { code: string; errCode: number; errMsg: string };
}

export interface LocalCloud {
  /** The function's return value, like the cloud's callFunction `result.result`. */
  invoke(functionName: string, event: object, caller: { openid: string; unionid?: string }): Promise<unknown>;
  /**
   * host defaults to 127.0.0.1; a non-loopback host is refused unless allowNonLoopback. Port 0 = any
   * free port. `gateway`: timeouts and upload limits (local/gateway/settings.ts) other than the defaults.
   */
  listen(
    port: number,
    host?: string,
    options?: { allowNonLoopback?: boolean; gateway?: GatewaySettingsInput },
  ): Promise<{ url: string; port: number }>;
  outbox: {
    list(api?: string): OutboxEntry[];
    clear(): void;
    setAnswer(api: string, answer: OutboxAnswer): void;
    resetAnswers(): void;
  };
  contentCheck: ContentCheckControl;
  /** Runs a function's timer trigger now, as the scheduler would. */
  runTimer(functionName: string): Promise<unknown>;
  /** Timer runs so far (scheduled or by runTimer), oldest first. */
  timerRuns(): TimerRun[];
  /**
   * The time functions see (in `Date`) and the database's serverDate: settable for tests and
   * demos, running on from the set instant; real again after `reset()` or `close()`.
   */
  readonly clock: LocalClock;
  /** Network attempts the guard refused, oldest first. */
  blockedConnections(): BlockedConnection[];
  /** Names of the functions in the functions folder. */
  functions(): string[];
  readonly appId: string;
  readonly envId: string;
  readonly database: LocalDatabase;
  close(): Promise<void>;
}

export const LOCAL_ENV_ID = 'local';
export const DEFAULT_APP_ID = 'wx0000000000000000';

function requireDir(value: unknown, name: string): string {
  if (typeof value !== 'string' || !value) throw invalidArgument(`createLocalCloud: ${name} must be a folder path`);
  return path.resolve(value);
}

/** Folders from which wx-server-sdk resolves (the functions' own copy may differ from ours). */
function sdkLocations(functionsRoot: string): string[] {
  try {
    require.resolve('wx-server-sdk/package.json', { paths: [functionsRoot] });
    return [functionsRoot];
  } catch {
    return [];
  }
}

export async function createLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  if (!options || typeof options !== 'object') throw invalidArgument('createLocalCloud: options are required');
  const dataDir = requireDir(options.dataDir, 'dataDir');
  const functionsRoot = requireDir(options.functionsRoot, 'functionsRoot');
  const staticRoot = options.staticRoot === undefined ? undefined : requireDir(options.staticRoot, 'staticRoot');
  const appId = options.appId ?? DEFAULT_APP_ID;
  if (typeof appId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(appId))
    throw invalidArgument('createLocalCloud: appId is not valid');
  const logger = options.logger ?? console;
  const indexPolicy = options.indexPolicy ?? 'warn';
  if (!INDEX_POLICIES.includes(indexPolicy))
    throw invalidArgument(`createLocalCloud: indexPolicy must be one of ${INDEX_POLICIES.join(', ')}`);
  const indexes = readDatabaseConfig(options.databaseConfigFile);

  fs.mkdirSync(dataDir, { recursive: true });
  const clock = createLocalClock();
  const database = await createDatabase({
    dataDir: path.join(dataDir, 'database'),
    now: () => clock.now().getTime(),
    indexes,
    indexPolicy,
    onUnindexedQuery: (report) => logger.warn(`[local cloud] database: ${describeUnindexedQuery(report)}`),
  });

  const owner = {};
  const registry = new FunctionRegistry(functionsRoot);
  const outbox = new Outbox();
  const blocked: BlockedConnection[] = [];
  const timerRuns: TimerRun[] = [];
  let gateway: Gateway | null = null;
  let closed = false;
  const storage = new LocalStorage(dataDir, LOCAL_ENV_ID, () => gateway?.url ?? '');

  installContextEnv();
  const invoker = new Invoker({
    owner,
    registry,
    appId,
    envId: LOCAL_ENV_ID,
    timeoutMs: options.functionTimeoutMs,
    onError: (name, error) => logger.error(`[local cloud] function ${name} failed:`, error),
  });
  const invoke = (request: Parameters<Invoker['invoke']>[0]) => {
    if (closed)
      return Promise.reject(
        new LocalCloudError(RuntimeErrorCodes.CLOSED, CloudErrCodes.SYS_ERR, 'the local cloud is closed'),
      );
    return invoker.invoke(request);
  };

  const leaveGuard = enableNetworkGuard((attempt) => {
    const invocation = currentInvocation();
    const mine = invocation?.owner === owner;
    const record: BlockedConnection = {
      target: attempt.target,
      port: attempt.port,
      via: attempt.via,
      functionName: mine ? invocation.functionName : null,
      requestId: mine ? invocation.requestId : null,
      at: new Date().toISOString(),
    };
    if (mine) invocation.blocked.push(record);
    if (mine || !invocation) {
      blocked.push(record);
      logger.warn(
        `[local cloud] blocked network access to ${attempt.target}${attempt.port === null ? '' : `:${attempt.port}`}` +
          (mine ? ` from function ${invocation.functionName}` : ''),
      );
    }
  });

  const leaveCrashGuard = enableCrashGuard((kind, error, invocation) => {
    if (invocation.owner !== owner) return false;
    const failed = kind === 'uncaughtException' && invocation.escape(error);
    logger.error(
      `[local cloud] function ${invocation.functionName}: ${kind === 'uncaughtException' ? 'an uncaught exception' : 'an unhandled rejection'} ` +
        `escaped it${failed ? ' (the call fails)' : ''}; the runtime keeps serving:`,
      error,
    );
    return true;
  });

  let detach: () => void;
  try {
    // Fails loudly (SeamVersionError) when a wx-server-sdk in reach is not the pinned version.
    detach = attachCloud(
      owner,
      {
        route: createRouter({
          database,
          invoke,
          storage,
          outbox,
          allowedApis: (name) => (registry.has(name) ? registry.describe(name).config.openapi : []),
          observe: options.observeRequests,
        }),
        files: fileRoutes(storage),
      },
      sdkLocations(functionsRoot),
    );
  } catch (error) {
    leaveGuard();
    leaveCrashGuard();
    clock.reset();
    await database.close(); // release the data folder: a failed start holds nothing
    throw error;
  }

  const timerTriggerOf = (functionName: string) => {
    const trigger = registry.describe(functionName).config.triggers[0];
    if (!trigger) throw invalidArgument(`function "${functionName}" has no timer trigger in its config.json`);
    return trigger;
  };
  const runTrigger = async (functionName: string, triggerName: string, at: Date): Promise<unknown> => {
    const event = { Type: 'Timer', TriggerName: triggerName, Time: at.toISOString(), Message: '' };
    const run: TimerRun = { functionName, triggerName, at: at.toISOString(), ok: false };
    timerRuns.push(run);
    try {
      run.result = await invoke({ functionName, event, caller: null, source: 'wx_trigger' });
      run.ok = true;
      return run.result;
    } catch (error) {
      const e =
        error instanceof LocalCloudError
          ? error
          : new LocalCloudError(
              RuntimeErrorCodes.FUNCTION_EXECUTE_FAIL,
              CloudErrCodes.FUNCTIONS_EXECUTE_FAIL,
              String(error),
            );
      run.error = e.toJSON();
      throw e;
    }
  };

  const messagePush = { ...(options.messagePush ?? {}) };
  const contentCheck: ContentCheckControl = {
    setRiskyWords: (words, label) => outbox.contentCheck.setRiskyWords(words, label),
    setMediaVerdict: (verdict) => outbox.contentCheck.setMediaVerdict(verdict),
    pendingMediaChecks: () => outbox.contentCheck.listPending(),
    reset: () => outbox.contentCheck.reset(),
    async deliverMediaChecks() {
      const functionName = messagePush.wxa_media_check;
      if (!functionName) throw invalidArgument('no function receives wxa_media_check (option messagePush)');
      const verdict = outbox.contentCheck.currentMediaVerdict();
      const deliveries: MediaCheckDelivery[] = [];
      for (const check of outbox.contentCheck.takePending()) {
        const event = mediaCheckEvent(check, verdict, appId, new Date());
        try {
          const result = await invoke({ functionName, event, caller: null, source: 'wx_msg_push' });
          deliveries.push({ traceId: check.traceId, verdict, ok: true, result });
        } catch (error) {
          deliveries.push({ traceId: check.traceId, verdict, ok: false, error: String(error) });
        }
      }
      return deliveries;
    },
  };

  const scheduled: ScheduledTrigger[] = [];
  const stopAll = async () => {
    for (const s of scheduled) s.stop();
    detach();
    leaveGuard();
    leaveCrashGuard();
    clock.reset();
    await database.close();
  };
  try {
    // Validate every config.json now, so a bad trigger fails at start rather than silently.
    for (const name of registry.names()) registry.describe(name);
    if (options.timers) {
      for (const name of registry.names()) {
        for (const trigger of registry.describe(name).config.triggers) {
          scheduled.push(
            schedule(trigger.config, (at) => {
              runTrigger(name, trigger.name, at).catch((error) =>
                logger.error(
                  `[local cloud] timer ${name}/${trigger.name} failed: ${(error as LocalCloudError).errMsg ?? error}`,
                ),
              );
            }),
          );
        }
      }
    }
  } catch (error) {
    await stopAll();
    throw error;
  }

  const cloud: LocalCloud = {
    appId,
    envId: LOCAL_ENV_ID,
    database,
    invoke(functionName, event, caller) {
      let valid: Caller;
      try {
        valid = validateCaller(caller);
      } catch (error) {
        return Promise.reject(error);
      }
      return invoke({ functionName, event, caller: valid, source: 'wx_client' });
    },
    async listen(port, host = '127.0.0.1', listenOptions = {}) {
      if (closed)
        throw new LocalCloudError(RuntimeErrorCodes.CLOSED, CloudErrCodes.SYS_ERR, 'the local cloud is closed');
      if (gateway) throw invalidArgument(`the gateway is already listening on ${gateway.url}`);
      gateway = await startGateway({
        port,
        host,
        allowNonLoopback: listenOptions.allowNonLoopback === true,
        staticRoot,
        storage,
        isBoundUser: (openid) => isBoundUser(database, openid),
        has: (name) => registry.has(name),
        // A call without a caller reaches the function as an HTTP-triggered one: no OPENID, no APPID.
        invoke: (name, event, caller) =>
          invoke({ functionName: name, event, caller, source: caller ? 'wx_client' : 'wx_http' }),
        logger,
        settings: listenOptions.gateway,
        dev: options.devRoutes
          ? {
              clock,
              trigger: async (name) => runTrigger(name, timerTriggerOf(name).name, new Date()),
              contentCheck,
              outbox: (api) => outbox.list(api),
            }
          : undefined,
      });
      return { url: gateway.url, port: gateway.port };
    },
    outbox: {
      list: (api) => outbox.list(api),
      clear: () => outbox.clear(),
      setAnswer: (api, answer) => outbox.setAnswer(api, answer),
      resetAnswers: () => outbox.resetAnswers(),
    },
    contentCheck,
    runTimer: async (functionName) => runTrigger(functionName, timerTriggerOf(functionName).name, new Date()),
    timerRuns: () => timerRuns.map((r) => ({ ...r })),
    clock,
    blockedConnections: () => blocked.map((b) => ({ ...b })),
    functions: () => registry.names(),
    async close() {
      if (closed) return;
      closed = true;
      const g = gateway;
      gateway = null;
      if (g) await g.close();
      await stopAll();
    },
  };
  return cloud;
}

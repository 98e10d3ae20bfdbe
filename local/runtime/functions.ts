/**
 * The functions folder: `<root>/<name>/index.js` exporting `main(event, context)`, with an
 * optional `config.json` (timer triggers, openapi permissions, timeout) next to it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { invalidConfig, LocalCloudError, RuntimeErrorCodes, CloudErrCodes, functionNotFound } from './errors';

export type FunctionMain = (event: unknown, context: Record<string, unknown>) => unknown;

export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** The cloud's 7-field cron: sec min hour day month week year, in UTC+8. */
  config: string;
}

export interface FunctionConfig {
  triggers: TimerTrigger[];
  /** Open API names this function may call, e.g. `subscribeMessage.send`. */
  openapi: string[];
  /** Seconds; the cloud's default is 3. */
  timeout?: number;
}

export interface LocalFunction {
  name: string;
  dir: string;
  config: FunctionConfig;
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;
const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

export function isValidFunctionName(name: string): boolean {
  return NAME.test(name);
}

function readConfig(file: string, functionName: string): FunctionConfig {
  if (!fs.existsSync(file)) return { triggers: [], openapi: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw invalidConfig(`config.json of function "${functionName}" is not valid JSON: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw invalidConfig(`config.json of function "${functionName}" must be an object`);
  }
  const {
    triggers = [],
    permissions = {},
    timeout,
  } = raw as {
    triggers?: unknown;
    permissions?: { openapi?: unknown };
    timeout?: unknown;
  };
  if (!Array.isArray(triggers)) throw invalidConfig(`${functionName}/config.json: "triggers" must be an array`);
  const parsed: TimerTrigger[] = triggers.map((t: unknown, i) => {
    const trigger = t as Partial<TimerTrigger> | null;
    if (!trigger || trigger.type !== 'timer') {
      throw invalidConfig(`${functionName}/config.json: triggers[${i}].type must be "timer"`);
    }
    if (typeof trigger.name !== 'string' || !TRIGGER_NAME.test(trigger.name)) {
      throw invalidConfig(
        `${functionName}/config.json: triggers[${i}].name must start with a letter (a-z A-Z 0-9 - _, ≤ 60)`,
      );
    }
    if (typeof trigger.config !== 'string') {
      throw invalidConfig(`${functionName}/config.json: triggers[${i}].config must be a cron string`);
    }
    return { name: trigger.name, type: 'timer', config: trigger.config };
  });
  if (parsed.length > 1) throw invalidConfig(`${functionName}/config.json: the cloud allows one trigger per function`);
  const openapi = permissions?.openapi ?? [];
  if (!Array.isArray(openapi) || openapi.some((a) => typeof a !== 'string')) {
    throw invalidConfig(`${functionName}/config.json: "permissions.openapi" must be an array of API names`);
  }
  if (timeout !== undefined && (typeof timeout !== 'number' || !(timeout > 0) || timeout > 900)) {
    throw invalidConfig(`${functionName}/config.json: "timeout" must be seconds between 0 and 900`);
  }
  return { triggers: parsed, openapi: openapi as string[], timeout: timeout as number | undefined };
}

export class FunctionRegistry {
  private readonly modules = new Map<string, FunctionMain>();
  private readonly configs = new Map<string, LocalFunction>();

  constructor(readonly root: string) {}

  /** Names of every function folder that has an index.js. */
  names(): string[] {
    if (!fs.existsSync(this.root)) return [];
    return fs
      .readdirSync(this.root, { withFileTypes: true })
      .filter(
        (d) =>
          d.isDirectory() && isValidFunctionName(d.name) && fs.existsSync(path.join(this.root, d.name, 'index.js')),
      )
      .map((d) => d.name)
      .sort();
  }

  has(name: string): boolean {
    return isValidFunctionName(name) && fs.existsSync(path.join(this.root, name, 'index.js'));
  }

  describe(name: string): LocalFunction {
    const known = this.configs.get(name);
    if (known) return known;
    if (!this.has(name)) throw functionNotFound(name);
    const dir = path.join(this.root, name);
    const fn: LocalFunction = { name, dir, config: readConfig(path.join(dir, 'config.json'), name) };
    this.configs.set(name, fn);
    return fn;
  }

  /** Loads the function module once, as the cloud does on a cold start. */
  load(name: string): FunctionMain {
    const loaded = this.modules.get(name);
    if (loaded) return loaded;
    const { dir } = this.describe(name);
    let mod: { main?: unknown };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require(path.join(dir, 'index.js'));
    } catch (error) {
      throw new LocalCloudError(
        RuntimeErrorCodes.FUNCTION_LOAD_FAIL,
        CloudErrCodes.FUNCTIONS_EXECUTE_FAIL,
        `function "${name}" failed to load: ${(error as Error)?.message ?? String(error)}`,
        { cause: error },
      );
    }
    if (typeof mod?.main !== 'function') {
      throw new LocalCloudError(
        RuntimeErrorCodes.FUNCTION_LOAD_FAIL,
        CloudErrCodes.FUNCTIONS_EXECUTE_FAIL,
        `function "${name}" does not export main(event, context)`,
      );
    }
    const main = mod.main as FunctionMain;
    this.modules.set(name, main);
    return main;
  }
}

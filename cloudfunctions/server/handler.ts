// The edges of every function: who calls (from WeChat's context, never the event), what they send
// (validated), whether they may (roles), and the answer envelope. Actions only do the work.
import type { z } from 'zod';
import type { ApiResult } from '../domain/api';
import { DomainError, forbidden, isDomainError } from '../domain/errors';
import { firstIssue } from '../domain/schemas';
import { NOT_BOUND_MESSAGE } from '../domain/open-ticket';
import { activeUnits, chinaDay } from '../domain/binding';
import type { ActionContext, AnyAction, Audience, Caller } from './action';
import { callerOpenid, wxCloud } from './cloud';
import { createRepositories } from './repositories';
import type { Repositories } from './repositories/types';

export interface HandlerOptions {
  repositories?: () => Repositories;
  clock?: () => Date;
  log?: (message: string, error: unknown) => void;
}

/** Keys the platform adds to a client's event; they are not part of any payload. */
const PLATFORM_KEYS = ['action', 'userInfo'];

/** A deactivated person loses access at once: every call, of every function, is refused. */
export const DEACTIVATED_MESSAGE = '您的账号已停用，请联系管理员';

/** Longest parameter or action name an answer repeats back. */
const MAX_ECHOED_KEY = 40;

function fail(error: DomainError): ApiResult<never> {
  return {
    ok: false,
    error: { code: error.code, message: error.message, ...(error.field !== undefined ? { field: error.field } : {}) },
  };
}

function isRecord(event: unknown): event is Record<string, unknown> {
  return event !== null && typeof event === 'object' && !Array.isArray(event);
}

/** The event without platform keys. Built with own properties, so a `__proto__` key stays a key the schema refuses. */
function payloadOf(event: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([key]) => !PLATFORM_KEYS.includes(key)));
}

function validate(schema: z.ZodTypeAny, payload: unknown): unknown {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const extra = parsed.error.issues.find((i) => i.code === 'unrecognized_keys');
  if (extra && extra.code === 'unrecognized_keys') {
    const key = [...extra.path, extra.keys[0]].join('.').slice(0, MAX_ECHOED_KEY);
    throw new DomainError('INVALID_INPUT', `不支持的参数：${key}`, key);
  }
  const issue = firstIssue(parsed.error);
  throw new DomainError('INVALID_INPUT', issue.message, issue.path);
}

function admit(caller: Caller, audience: Audience): void {
  if (audience === 'anyone') return;
  if (!caller.bound) throw forbidden(NOT_BOUND_MESSAGE);
  if (!audience.some((role) => caller.roles.includes(role))) throw forbidden();
}

/**
 * The caller's record. A tenancy that ended no longer counts: its unit is dropped from the record
 * here, and the cleaned record written back (one more request, once, on the first call after).
 */
async function loadCaller(openid: string, repos: Repositories, now: Date): Promise<Caller> {
  const user = await repos.users.get(openid);
  if (!user) return { openid, name: '微信用户', roles: [], units: [], bound: false };
  const units = activeUnits(user.units, chinaDay(now));
  if (units.length < user.units.length) await repos.homes.putUser({ ...user, units });
  return { ...user, units, bound: user.roles.length > 0 };
}

export function createHandler(actions: Record<string, AnyAction>, options: HandlerOptions = {}) {
  const repositories = options.repositories ?? (() => createRepositories(wxCloud().database()));
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(message, error));

  return async function main(event: unknown): Promise<ApiResult<unknown>> {
    if (!isRecord(event)) return fail(new DomainError('INVALID_INPUT', '请求格式不正确'));
    const name = typeof event.action === 'string' ? event.action : '';
    try {
      const action = Object.prototype.hasOwnProperty.call(actions, name) ? actions[name] : undefined;
      if (!action)
        return fail(
          new DomainError('UNKNOWN_ACTION', name ? `未知操作：${name.slice(0, MAX_ECHOED_KEY)}` : '缺少操作名称'),
        );
      const openid = callerOpenid();
      if (!openid) return fail(new DomainError('UNAUTHENTICATED', '请在微信中打开'));

      const repos = repositories();
      const now = clock();
      const caller = await loadCaller(openid, repos, now);
      if (caller.active === false) throw forbidden(DEACTIVATED_MESSAGE);
      admit(caller, action.roles);
      const input = validate(action.schema, payloadOf(event));
      const context: ActionContext = { caller, now, repos };
      return { ok: true, data: await action.run(input, context) };
    } catch (error) {
      if (isDomainError(error)) return fail(error);
      log(`[${name || 'no action'}] unexpected error`, error);
      return fail(new DomainError('INTERNAL', '系统繁忙，请稍后重试'));
    }
  };
}

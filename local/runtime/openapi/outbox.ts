/**
 * The open API outbox: every `cloud.openapi.*` call is recorded with its decoded payload (keys as
 * WeChat's HTTP API receives them, i.e. snake_case after the SDK's case conversion) and answered
 * with the answer set for that API: success by default, or an error such as 43101.
 */
import { randomBytes } from 'crypto';
import { invalidArgument } from '../errors';
import type { KeyValuePair } from './protobuf';
import { PHONE_NUMBER_API, phoneNumberAnswer } from './phone-number';
import { ContentCheckStandIn } from './content-check';
import { checkSubscribeMessage, SUBSCRIBE_MESSAGE_API } from './subscribe-message';

export interface OutboxEntry {
  /** 1, 2, 3 … in call order. */
  id: number;
  /** The API as called, e.g. `subscribeMessage.send`, `security.msgSecCheck`. */
  api: string;
  payload: Record<string, unknown>;
  /** The function that made the call, and the OPENID it was running for (null for a timer). */
  functionName: string | null;
  openid: string | null;
  at: string;
  /** What the caller got back: ok, or the error code it was refused with. */
  ok: boolean;
  errCode: number;
  errMsg: string;
}

export type OutboxAnswer = 'ok' | { errCode: number; errMsg?: string } | { response: Record<string, unknown> };

/** WeChat's wording for the errors a test is likely to force. */
const ERR_MSGS: Record<number, string> = {
  40003: 'invalid openid',
  40037: 'invalid template_id',
  41030: 'invalid page',
  43101: 'user refuse to accept the msg',
  47003: 'argument invalid!',
  87014: 'risky content',
  40029: 'invalid code',
  1400001: 'quota limit',
  [-604101]: 'function has no permission to call this API',
};

export interface OpenApiAnswer {
  errCode: number;
  errMsg: string;
  /** The JSON body WeChat answers (errcode/errmsg included). */
  body: Record<string, unknown>;
}

function successBody(api: string): Record<string, unknown> {
  const traceId = randomBytes(12).toString('hex');
  if (api === 'security.msgSecCheck') {
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: 'pass', label: 100 },
      detail: [{ strategy: 'content_model', errcode: 0, suggest: 'pass', label: 100, prob: 90 }],
      trace_id: traceId,
    };
  }
  if (api === 'security.mediaCheckAsync') return { errcode: 0, errmsg: 'ok', trace_id: traceId };
  return { errcode: 0, errmsg: 'ok' };
}

export function decodePayload(pairs: KeyValuePair[]): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const pair of pairs) {
    if (pair.contentType) {
      payload[pair.key] = { contentType: pair.contentType, filename: pair.filename ?? null, size: pair.value.length };
      continue;
    }
    const text = pair.value.toString('utf8');
    try {
      payload[pair.key] = JSON.parse(text);
    } catch {
      payload[pair.key] = text;
    }
  }
  return payload;
}

export class Outbox {
  private readonly entries: OutboxEntry[] = [];
  private readonly answers = new Map<
    string,
    { response: Record<string, unknown> } | { errCode: number; errMsg?: string }
  >();
  private nextId = 1;
  /** What msgSecCheck and mediaCheckAsync answer when no answer is set for them. */
  readonly contentCheck = new ContentCheckStandIn();

  list(api?: string): OutboxEntry[] {
    const all = api === undefined ? this.entries : this.entries.filter((e) => e.api === api);
    return all.map((e) => JSON.parse(JSON.stringify(e)) as OutboxEntry);
  }

  /** Empties the list; answers set with setAnswer stay until set again (or resetAnswers). */
  clear(): void {
    this.entries.length = 0;
  }

  resetAnswers(): void {
    this.answers.clear();
  }

  setAnswer(api: string, answer: OutboxAnswer): void {
    if (typeof api !== 'string' || !/^[A-Za-z][A-Za-z0-9_.]*$/.test(api)) {
      throw invalidArgument('outbox.setAnswer: api must be a name like "subscribeMessage.send"');
    }
    if (answer === 'ok') {
      this.answers.delete(api);
      return;
    }
    if (answer && typeof answer === 'object' && 'response' in answer) {
      if (!answer.response || typeof answer.response !== 'object')
        throw invalidArgument('outbox.setAnswer: response must be an object');
      this.answers.set(api, { response: { ...answer.response } });
      return;
    }
    const { errCode, errMsg } = (answer ?? {}) as { errCode?: unknown; errMsg?: unknown };
    if (!Number.isInteger(errCode) || errCode === 0) {
      throw invalidArgument(
        'outbox.setAnswer: answer must be "ok", { response }, or { errCode: non-zero integer, errMsg? }',
      );
    }
    if (errMsg !== undefined && typeof errMsg !== 'string')
      throw invalidArgument('outbox.setAnswer: errMsg must be a string');
    this.answers.set(api, { errCode: errCode as number, errMsg: errMsg as string | undefined });
  }

  /** Whether a test set an answer for this API (else it answers success). */
  hasAnswer(api: string): boolean {
    return this.answers.has(api);
  }

  /** The answer WeChat gives to this call now (some stand-ins answer from the payload). */
  answerFor(api: string, payload: Record<string, unknown> = {}): OpenApiAnswer {
    const set = this.answers.get(api);
    if (set && 'response' in set) {
      const body = { errcode: 0, errmsg: 'ok', ...set.response };
      const errCode = Number(body.errcode) || 0;
      return { errCode, errMsg: String(body.errmsg ?? ''), body };
    }
    if (set && 'errCode' in set) {
      const errMsg = set.errMsg ?? ERR_MSGS[set.errCode] ?? 'error';
      return { errCode: set.errCode, errMsg, body: { errcode: set.errCode, errmsg: errMsg } };
    }
    if (api === PHONE_NUMBER_API) {
      const phone = phoneNumberAnswer(payload);
      return { errCode: phone.errCode, errMsg: String(phone.body.errmsg), body: phone.body };
    }
    if (api === SUBSCRIBE_MESSAGE_API) {
      const check = checkSubscribeMessage(payload);
      if (check.errCode !== 0) return { ...check, body: { errcode: check.errCode, errmsg: check.errMsg } };
    }
    const body = successBody(api);
    if (api === 'security.msgSecCheck') {
      return { errCode: 0, errMsg: 'ok', body: this.contentCheck.textAnswer(payload, String(body.trace_id)) };
    }
    if (api === 'security.mediaCheckAsync') {
      this.contentCheck.recordMedia(String(body.trace_id), payload, new Date().toISOString());
    }
    return { errCode: 0, errMsg: 'ok', body };
  }

  record(entry: Omit<OutboxEntry, 'id' | 'at'>): OutboxEntry {
    const full: OutboxEntry = { id: this.nextId++, at: new Date().toISOString(), ...entry };
    this.entries.push(full);
    return full;
  }

  errMsgFor(errCode: number): string {
    return ERR_MSGS[errCode] ?? 'error';
  }
}

// Sends one subscription message to one person, at most once, and keeps what became of it.
//
// The record's id comes from what caused the message (`key`, e.g. an effect's key) and the person:
// a record whose outcome is final is answered as it is (nothing sent or spent again); a record of a
// failed try holds the grant spent for it, so the retry does not spend another. Requests: the
// record (unless the caller read it), the spend, the record written; one more to give a grant back.
import { fieldAtFault, isFinal, ruleForError, sendRecordId } from '../../domain/subscription-ledger';
import type { SendAttempt, SendOutcome, SendRecord } from '../../domain/subscription-ledger';
import { fillTemplate } from '../../domain/subscription-messages';
import type { MessageValues } from '../../domain/subscription-messages';
import { SUBSCRIPTION_TEMPLATES, pageOf } from '../../domain/subscription-templates';
import type { TemplateKey } from '../../domain/subscription-templates';
import { toIso } from '../../domain/time';
import type { Repositories } from '../repositories/types';
import { sendThroughWeChat } from './wechat';
import type { MessageSender } from './wechat';

export interface SubscriptionMessage {
  /** what caused it, unique: sending again with the same key and person changes nothing */
  key: string;
  openid: string;
  template: TemplateKey;
  values: MessageValues;
  /** the page a tap opens; by default the template's (a request's own page for `ticket`) */
  page?: string;
  /** the request it is about, to show the record on its page */
  ticket?: { id: string; number: string };
  now: Date;
}

export interface SendOptions {
  sender?: MessageSender;
  /** the record as the caller read it (null: none), to save that request */
  existing?: SendRecord | null;
}

/** WeChat's error, as wx-server-sdk throws it. */
const errorOf = (error: unknown): { errCode?: number; errMsg: string } => {
  const e = error as { errCode?: unknown; errMsg?: unknown; message?: unknown } | null;
  return {
    errCode: typeof e?.errCode === 'number' ? e.errCode : undefined,
    errMsg: String(e?.errMsg ?? e?.message ?? error).slice(0, 300),
  };
};

/**
 * Sends `message` unless it was sent (or settled) before, and answers its record. Never throws for
 * WeChat's answer: a failure that a later try may mend comes back as outcome `failed` (the caller
 * retries with the same key); the ledger and the record are written before it answers.
 */
export async function sendSubscription(
  repos: Repositories,
  message: SubscriptionMessage,
  options: SendOptions = {},
): Promise<SendRecord> {
  const id = sendRecordId(message.key, message.openid);
  const existing =
    options.existing !== undefined ? options.existing : ((await repos.subscriptions.sends([id]))[0] ?? null);
  if (existing && isFinal(existing)) return existing;

  const nowIso = toIso(message.now);
  const template = SUBSCRIPTION_TEMPLATES[message.template];
  const page = message.page ?? pageOf(template, message.ticket?.id);
  const filled = fillTemplate(template, message.values);
  const settle = async (
    outcome: SendOutcome,
    fields: Partial<SendRecord> & { spent: boolean },
    attempt?: Omit<SendAttempt, 'at' | 'outcome'>,
  ): Promise<SendRecord> => {
    const record: SendRecord = {
      id,
      key: message.key,
      openid: message.openid,
      templateKey: template.key,
      templateId: template.id,
      page,
      ...(filled.ok ? { data: filled.data } : {}),
      ...(message.ticket ? { ticketId: message.ticket.id, ticketNumber: message.ticket.number } : {}),
      ...fields,
      outcome,
      attempts: [...(existing?.attempts ?? []), { at: nowIso, outcome, ...attempt }],
      createdAt: existing?.createdAt ?? nowIso,
      updatedAt: nowIso,
    };
    await repos.subscriptions.saveSend(record);
    return record;
  };

  // a value that cannot be shaped would be refused with 47003: nothing is spent or sent
  if (!filled.ok) return settle('invalid_field', { spent: false, field: filled.field }, { errMsg: filled.reason });
  const spent = existing?.spent === true || (await repos.subscriptions.spend(message.openid, template.id, nowIso));
  if (!spent) return settle('no_quota', { spent: false });

  try {
    await (options.sender ?? sendThroughWeChat)({
      touser: message.openid,
      templateId: template.id,
      page,
      data: filled.data,
    });
  } catch (error) {
    const { errCode, errMsg } = errorOf(error);
    const rule = ruleForError(errCode);
    if (rule.refund) await repos.subscriptions.refund(message.openid, template.id, nowIso);
    const field = rule.outcome === 'invalid_field' ? fieldAtFault(errMsg, Object.keys(filled.data)) : undefined;
    return settle(
      rule.outcome,
      { spent: !rule.refund, ...(field ? { field } : {}) },
      { ...(errCode !== undefined ? { errCode } : {}), errMsg },
    );
  }
  return settle('sent', { spent: true });
}

// The quota ledger of one-time subscriptions, and what each answer of `subscribeMessage.send`
// means for it. A property service may only use one-time subscriptions: every accept in WeChat's
// prompt allows one message of that template to that person, and a send spends one. The ledger
// keeps, per person × template, how many are left; a send spends one with a conditional update,
// so two sends never spend one accept twice.

/** What a person chose for a template in WeChat's prompt (`requestSubscribeMessage`). */
export const SUBSCRIBE_CHOICES = ['accept', 'reject', 'ban', 'filter'] as const;
export type SubscribeChoice = (typeof SUBSCRIBE_CHOICES)[number];

/** What became of one message to one person. */
export const SEND_OUTCOMES = ['sent', 'no_quota', 'refused', 'invalid_field', 'rejected', 'failed'] as const;
export type SendOutcome = (typeof SEND_OUTCOMES)[number];

export const SEND_OUTCOME_LABELS: Record<SendOutcome, string> = {
  sent: '已发送',
  no_quota: '未发送：对方未订阅或次数已用完',
  refused: '未发送：对方已拒收（43101）',
  invalid_field: '未发送：字段不符合微信规则',
  rejected: '未发送：微信拒绝了该消息',
  failed: '发送失败，稍后重试',
};

/** The ledger entry of a person and a template (by its WeChat id: a grant is for that id). */
export const ledgerId = (openid: string, templateId: string): string => `${openid}~${templateId}`;

/** The record of one message to one person, from the key of what caused it (e.g. an effect's key). */
export const sendRecordId = (key: string, openid: string): string => `${key.replace(/:/g, '-')}~${openid}`;

/** How many grants a prompt's answer adds, per template id: one per accept. */
export function grantsOf(choices: Readonly<Record<string, SubscribeChoice>>): string[] {
  return Object.entries(choices)
    .filter(([, choice]) => choice === 'accept')
    .map(([id]) => id);
}

/** WeChat's answers that matter here. */
export const WX_ERRORS = {
  /** the person has no grant for the template (refused, or never accepted) */
  refused: 43101,
  /** a field's value breaks its type's rules */
  invalidField: 47003,
  invalidOpenid: 40003,
  invalidTemplate: 40037,
  invalidPage: 41030,
  noPermission: -604101,
} as const;

/** No try again can fix these: the call itself is wrong (configuration, not the moment). */
const PERMANENT = new Set<number>([
  WX_ERRORS.invalidOpenid,
  WX_ERRORS.invalidTemplate,
  WX_ERRORS.invalidPage,
  WX_ERRORS.noPermission,
]);

export interface ErrorRule {
  outcome: Exclude<SendOutcome, 'sent' | 'no_quota'>;
  /** tried again later (the dispatcher's backoff) */
  retry: boolean;
  /** WeChat kept the person's grant: it goes back to the ledger */
  refund: boolean;
}

/**
 * What a failed send means: 43101 spends the grant (WeChat has none for them: ours was wrong) and is
 * not retried; 47003 and configuration errors keep the grant and are not retried (the same call
 * would fail again); anything else (a system error, a timeout, a rate limit) is retried, the grant
 * still held for that retry.
 */
export function ruleForError(errCode: number | undefined): ErrorRule {
  if (errCode === WX_ERRORS.refused) return { outcome: 'refused', retry: false, refund: false };
  if (errCode === WX_ERRORS.invalidField) return { outcome: 'invalid_field', retry: false, refund: true };
  if (errCode !== undefined && PERMANENT.has(errCode)) return { outcome: 'rejected', retry: false, refund: true };
  return { outcome: 'failed', retry: true, refund: false };
}

/** The field a 47003 names ("argument invalid! data.thing2.value exceeds limit"), if it names one. */
export function fieldAtFault(errMsg: string | undefined, fields: readonly string[]): string | undefined {
  const named = /data\.([a-z_]+\d+)/.exec(errMsg ?? '')?.[1];
  if (named) return named;
  return fields.find((field) => (errMsg ?? '').includes(field));
}

/** One try at sending, as the record keeps it. */
export interface SendAttempt {
  at: string;
  outcome: SendOutcome;
  errCode?: number;
  errMsg?: string;
}

/** A message to one person: what it was, every try, and what became of it. */
export interface SendRecord {
  /** `sendRecordId(key, openid)` */
  id: string;
  key: string;
  openid: string;
  templateKey: string;
  templateId: string;
  page: string;
  /** the shaped data (absent when a field could not be shaped) */
  data?: Record<string, { value: string }>;
  ticketId?: string;
  ticketNumber?: string;
  outcome: SendOutcome;
  /** a grant is held for this message (spent, or held for its retry) */
  spent: boolean;
  /** for invalid_field: the field at fault */
  field?: string;
  attempts: SendAttempt[];
  createdAt: string;
  updatedAt: string;
}

/** The outcomes that end a record: carrying its cause out again changes nothing. */
export const isFinal = (record: Pick<SendRecord, 'outcome'>): boolean => record.outcome !== 'failed';

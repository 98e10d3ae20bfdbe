// What people see of subscriptions: their grants left per template, and (staff) every message about
// a request with every try.
import type { Role } from './model';
import { ROLE_TABLE } from './roles';
import { SEND_OUTCOME_LABELS } from './subscription-ledger';
import type { SendAttempt, SendOutcome, SendRecord } from './subscription-ledger';
import { SUBSCRIPTION_TEMPLATES, TEMPLATE_KEYS } from './subscription-templates';
import type { SubscriptionTemplate, TemplateKey } from './subscription-templates';

export interface QuotaView {
  key: TemplateKey;
  title: string;
  remaining: number;
}

/** The templates a person may subscribe to: owners' if they file requests, staff's if they have a 工作台. */
export function templatesFor(roles: readonly Role[]): SubscriptionTemplate[] {
  const files = roles.some((r) => ROLE_TABLE[r].files);
  const works = roles.some((r) => ROLE_TABLE[r].reach !== 'none');
  return TEMPLATE_KEYS.map((k) => SUBSCRIPTION_TEMPLATES[k]).filter((t) => (t.audience === 'owner' ? files : works));
}

export const toQuotaViews = (
  templates: readonly SubscriptionTemplate[],
  remaining: ReadonlyMap<string, number>,
): QuotaView[] => templates.map((t) => ({ key: t.key, title: t.title, remaining: remaining.get(t.id) ?? 0 }));

export interface SendRecordView {
  id: string;
  template: string;
  /** who it was for: the owner, or a staff member's name */
  to: string;
  outcome: SendOutcome;
  outcomeLabel: string;
  /** for a field WeChat refused: its name in the template */
  field?: string;
  /** the fields as sent, by their names in the template */
  fields: Array<{ label: string; value: string }>;
  attempts: SendAttempt[];
  createdAt: string;
  updatedAt: string;
}

export function toSendRecordView(record: SendRecord, to: string): SendRecordView {
  const template = Object.values(SUBSCRIPTION_TEMPLATES).find((t) => t.key === record.templateKey);
  const labelOf = (key: string) => template?.fields.find((f) => f.key === key)?.label ?? key;
  return {
    id: record.id,
    template: template?.title ?? record.templateKey,
    to,
    outcome: record.outcome,
    outcomeLabel: SEND_OUTCOME_LABELS[record.outcome],
    ...(record.field ? { field: labelOf(record.field) } : {}),
    fields: Object.entries(record.data ?? {}).map(([key, { value }]) => ({ label: labelOf(key), value })),
    attempts: record.attempts,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

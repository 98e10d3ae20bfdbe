// Which subscription message an event sends, and what it says: the named values of a request at
// that moment, then each template field filled and shaped to WeChat's rules.
import type { Effect, OwnerEvent, StaffEvent } from './commands';
import { CATEGORY_LABELS } from './labels';
import type { Ticket } from './model';
import { fieldTypeOf, shapeField } from './subscription-fields';
import type { SubscriptionTemplate, TemplateKey, ValueName } from './subscription-templates';

export type MessageValues = Partial<Record<ValueName, string>>;

/** The data WeChat takes: `{ thing2: { value: '…' } }`. */
export type TemplateData = Record<string, { value: string }>;

export type FilledTemplate = { ok: true; data: TemplateData } | { ok: false; field: string; reason: string };

const OWNER_TEMPLATE: Record<OwnerEvent, TemplateKey | null> = {
  accepted: 'ticket_accepted',
  resolved: 'ticket_resolved',
  // the owner just rated it: a message now would spend a grant on telling them what they did
  closed: null,
  replied: 'ticket_progress',
  transferred: 'ticket_progress',
  reopened: 'ticket_progress',
  plan: 'ticket_progress',
  answered: 'ticket_progress',
  referred: 'ticket_progress',
  adopted: 'ticket_progress',
  declined: 'ticket_progress',
  credited: 'ticket_progress',
  quoted: 'ticket_progress',
  merged: 'ticket_progress',
  slip_issued: 'ticket_progress',
};

/** 5 Chinese characters at most (a `phrase`). */
const OWNER_STATUS: Record<OwnerEvent, string> = {
  accepted: '已受理',
  resolved: '已完成',
  closed: '已办结',
  replied: '有新回复',
  transferred: '已转交',
  reopened: '重新处理',
  plan: '方案已定',
  answered: '已答复',
  referred: '已转交',
  adopted: '已采纳',
  declined: '已答复',
  credited: '已核实',
  quoted: '待确认',
  merged: '已合并',
  slip_issued: '已派单',
};

const OWNER_NOTE: Record<OwnerEvent, string> = {
  accepted: '我们会尽快为您处理',
  resolved: '已处理完成，请您评价',
  closed: '感谢您的评价',
  replied: '工作人员回复了您',
  transferred: '已转交相关部门处理',
  reopened: '已安排重新处理',
  plan: '处理方案已确定',
  answered: '您的咨询已答复',
  referred: '已转交相关部门答复',
  adopted: '您的建议已被采纳',
  declined: '您的建议已有结论',
  credited: '您的表扬已记入员工名下',
  quoted: '服务已报价，请确认',
  merged: '已与同一问题合并处理',
  slip_issued: '已开具返修联系单',
};

const STAFF_TEMPLATE: Partial<Record<StaffEvent, TemplateKey>> = {
  emergency: 'staff_new_request',
  routed: 'staff_new_request',
  warned: 'staff_overdue',
  escalated: 'staff_escalated',
  urged: 'staff_escalated',
  supervised: 'staff_escalated',
  flagged: 'staff_escalated',
};

const STAFF_NOTE: Partial<Record<StaffEvent, string>> = {
  warned: '即将超时，请尽快处理',
  escalated: '已超时，升级至您',
  urged: '业主催办',
  supervised: '被督办，请确认',
  flagged: '涉及索赔或投诉项目经理',
};

type NotifyEffect = Extract<Effect, { type: 'NOTIFY_OWNER' | 'NOTIFY_DEPARTMENT' | 'NOTIFY_STAFF' }>;

/** The template an effect sends, or null when it sends none (its in-app message is enough). */
export function templateForEffect(effect: NotifyEffect): TemplateKey | null {
  switch (effect.type) {
    case 'NOTIFY_OWNER':
      return OWNER_TEMPLATE[effect.event];
    case 'NOTIFY_DEPARTMENT':
      return 'staff_new_request';
    case 'NOTIFY_STAFF':
      return STAFF_TEMPLATE[effect.event] ?? null;
  }
}

/** The latest words the owner may read (a reply, an answer, a resolution), if the step left any. */
function latestPublicText(ticket: Ticket): string | undefined {
  for (let i = ticket.timeline.length - 1; i >= 0; i -= 1) {
    const entry = ticket.timeline[i];
    if (!entry.internal && entry.text) return entry.text;
  }
  return undefined;
}

/** The values of a request's message for `effect`, as of `at` (when the command ran). */
export function ticketValues(ticket: Ticket, effect: NotifyEffect | { type: 'PLAN_VISIT' }, at: string): MessageValues {
  const base: MessageValues = {
    number: ticket.number,
    category: CATEGORY_LABELS[ticket.category],
    summary: ticket.description,
    location: ticket.location.text,
    time: at,
  };
  switch (effect.type) {
    case 'NOTIFY_OWNER': {
      const words = effect.event === 'replied' || effect.event === 'answered' ? latestPublicText(ticket) : undefined;
      return { ...base, status: OWNER_STATUS[effect.event], note: words ?? OWNER_NOTE[effect.event] };
    }
    case 'NOTIFY_DEPARTMENT':
      return effect.urgent ? { ...base, category: `紧急${base.category ?? ''}` } : base;
    case 'NOTIFY_STAFF':
      return {
        ...base,
        deadline: ticket.sla?.dueAt ?? at,
        note: effect.text ?? STAFF_NOTE[effect.event] ?? '',
      };
    case 'PLAN_VISIT':
      return { ...base, note: '客服将回访您对本次服务的意见' };
  }
}

/** Every field of `template` filled from `values` and shaped; the first field that cannot be, named. */
export function fillTemplate(template: SubscriptionTemplate, values: MessageValues): FilledTemplate {
  const data: TemplateData = {};
  for (const field of template.fields) {
    const type = fieldTypeOf(field.key);
    if (!type) return { ok: false, field: field.key, reason: 'unknown field type' };
    const raw = values[field.value];
    if (raw === undefined) return { ok: false, field: field.key, reason: `no ${field.value}` };
    const shaped = shapeField(type, raw);
    if (!shaped.ok) return { ok: false, field: field.key, reason: shaped.reason };
    data[field.key] = { value: shaped.value };
  }
  return { ok: true, data };
}

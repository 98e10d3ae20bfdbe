// The promised next step, as the owner and staff read it on a request: who acts, what they promised,
// and when, in words (今天17:30前, 明天12:00前, 3个工作日内). The step comes from the running promise
// (the flows decide which step runs in which status); staff read staff wording (待业主评价), owners
// owner wording (请您评价).
import type { NextStepView } from './api';
import { promiseIn } from './flows';
import { DEPARTMENT_LABELS, STATUS_LABELS } from './labels';
import type { SlaStep, Ticket, TicketStatus } from './model';
import { spanText } from './promise-policy';
import { minutesBetween, toIso } from './time';

export type NextStepSource = Pick<Ticket, 'status' | 'department' | 'sla' | 'category'> &
  Partial<Pick<Ticket, 'missedAt' | 'escalation' | 'mergedInto'>>;

/** Who reads it: the owner (their own request) or staff. */
export type NextStepReader = 'owner' | 'staff';

export function formatSpan(minutes: number): string {
  if (minutes < 60) return `${minutes}分钟`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours}小时${rest}分钟` : `${hours}小时`;
}

/** What the department is doing in a step, and what it promised to have done by the due time. */
const STEP_WORDS: Record<SlaStep, { doing: string; done: string }> = {
  first_reply: { doing: '接待', done: '回复' },
  accept: { doing: '受理', done: '响应' },
  transfer: { doing: '分派', done: '转交责任部门' },
  contact: { doing: '处理中', done: '与业主联系' },
  plan: { doing: '制定方案', done: '提交处理方案' },
  plan_approval: { doing: '审批方案', done: '完成审批' },
  resolve: { doing: '处理中', done: '处理完成' },
  answer: { doing: '答复中', done: '答复' },
  evaluate: { doing: '评估中', done: '完成评估' },
  quote: { doing: '报价中', done: '报价' },
  rework: { doing: '返修中', done: '返修完成' },
  verify: { doing: '核实中', done: '完成核实' },
  return_visit: { doing: '回访中', done: '回访' },
};

/** What the request waits for from its owner, by status; other waiting statuses ask to confirm. */
const OWNER_WAIT: Partial<Record<TicketStatus, { owner: string; staff: string }>> = {
  resolved: { owner: '处理完成，请您评价', staff: '处理完成，待业主评价' },
  quoted: { owner: '报价待您确认，确认后开始服务', staff: '报价待业主确认，确认后开始服务' },
};
const OWNER_WAIT_DEFAULT = { owner: '请您确认', staff: '待业主确认' };

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor((Date.parse(iso) + 8 * 3_600_000) / DAY_MS);

/** The due time in words, as of `now`: 今天17:30前, 明天12:00前, 后天…, 12月3日17:30前. */
export function dueInWords(dueAt: string, now: Date): string {
  const local = toIso(new Date(dueAt)); // the same instant, written in China time
  const time = local.slice(11, 16);
  const days = dayNumber(dueAt) - dayNumber(toIso(now));
  if (days === 0) return `今天${time}前`;
  if (days === 1) return `明天${time}前`;
  if (days === 2) return `后天${time}前`;
  return `${Number(local.slice(5, 7))}月${Number(local.slice(8, 10))}日${time}前`;
}

/** The promised span, as the policy set it (or as long as it was, for promises made before spans were kept). */
function promisedSpan(sla: NonNullable<Ticket['sla']>): string {
  return sla.span ? spanText(sla.span) : formatSpan(minutesBetween(sla.startedAt, sla.dueAt));
}

export function nextStep(ticket: NextStepSource, now: Date, reader: NextStepReader = 'staff'): NextStepView {
  const department = DEPARTMENT_LABELS[ticket.department];
  const sla = ticket.sla;
  if (sla) {
    const words = STEP_WORDS[sla.step];
    const doing = ticket.status === 'reopened' && sla.step === 'accept' ? '重新处理' : words.doing;
    const nowIso = toIso(now);
    const dueText =
      sla.span?.unit === 'working_days' && dayNumber(sla.dueAt) - dayNumber(nowIso) >= 2
        ? `${sla.span.value}个工作日内（${dueInWords(sla.dueAt, now)}）`
        : dueInWords(sla.dueAt, now);
    const promise = reader === 'owner' ? dueText : `${promisedSpan(sla)}内`;
    return {
      label: `${department}${doing}，承诺${promise}${words.done}`,
      by: 'department',
      dueAt: sla.dueAt,
      dueText,
      overdue: nowIso > sla.dueAt || ticket.missedAt !== undefined,
      ...(reader === 'staff' && ticket.escalation ? { escalated: ticket.escalation.level } : {}),
    };
  }
  if (promiseIn(ticket, ticket.status) === 'owner') {
    const words = OWNER_WAIT[ticket.status] ?? OWNER_WAIT_DEFAULT;
    return { label: words[reader], by: 'owner', overdue: false };
  }
  if (ticket.status === 'merged' && ticket.mergedInto)
    return { label: `已合并到诉求${ticket.mergedInto.number}，请查看其进度`, by: 'none', overdue: false };
  return { label: ticket.status === 'closed' ? '已完成' : STATUS_LABELS[ticket.status], by: 'none', overdue: false };
}

// The promised next step, as the owner and staff read it on a request.
import type { NextStepView } from './api';
import { DEPARTMENT_LABELS } from './labels';
import type { Ticket } from './model';
import { minutesBetween, toIso } from './time';

export type NextStepSource = Pick<Ticket, 'status' | 'department' | 'sla'> & Partial<Pick<Ticket, 'mergedInto'>>;

export function formatSpan(minutes: number): string {
  if (minutes < 60) return `${minutes}分钟`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours}小时${rest}分钟` : `${hours}小时`;
}

export function nextStep(ticket: NextStepSource, now: Date): NextStepView {
  const department = DEPARTMENT_LABELS[ticket.department];
  const sla = ticket.sla;
  const promise = sla ? formatSpan(minutesBetween(sla.startedAt, sla.dueAt)) : '';
  const due = sla ? { dueAt: sla.dueAt, overdue: toIso(now) > sla.dueAt } : { overdue: false };
  switch (ticket.status) {
    case 'submitted':
      return { label: `${department}受理，承诺${promise}内响应`, by: 'department', ...due };
    case 'reopened':
      return { label: `${department}重新处理，承诺${promise}内响应`, by: 'department', ...due };
    case 'accepted':
      return { label: `${department}处理中，承诺${promise}内处理完成`, by: 'department', ...due };
    case 'resolved':
      return { label: '处理完成，请您评价', by: 'owner', overdue: false };
    case 'closed':
      return { label: '已完成', by: 'none', overdue: false };
    case 'apologised':
      return { label: `客服中心转交责任部门，承诺${promise}内`, by: 'department', ...due };
    case 'assigned':
      return { label: `${department}联系您，承诺${promise}内`, by: 'department', ...due };
    case 'contacted':
      return { label: `${department}制定处理方案，承诺${promise}内`, by: 'department', ...due };
    case 'plan_review':
      return { label: `${department}主管审批处理方案，承诺${promise}内`, by: 'department', ...due };
    case 'plan_approved':
      return { label: `${department}按方案处理，承诺${promise}内处理完成`, by: 'department', ...due };
    case 'referred':
      return { label: `${department}答复您的咨询`, by: 'department', ...due };
    case 'adopted':
      return { label: `${department}实施采纳的建议`, by: 'department', ...due };
    case 'quoted':
      return { label: '报价待业主确认，确认后开始服务', by: 'owner', overdue: false };
    case 'reworking':
      return { label: `${department}返修中，承诺${promise}内完成`, by: 'department', ...due };
    case 'redoing':
      return { label: `${department}返工中，承诺${promise}内处理完成`, by: 'department', ...due };
    case 'withdrawn':
      return { label: '已撤销', by: 'none', overdue: false };
    case 'merged':
      return {
        label: ticket.mergedInto ? `已合并到诉求${ticket.mergedInto.number}，请查看其进度` : '已合并',
        by: 'none',
        overdue: false,
      };
  }
}

// What the service desk sends about return visits (ticket.visits, ticket.recordVisit, ticket.ticketVisits).
import { z } from 'zod';
import { optionalText, pageInput } from './schemas';

export const VISIT_VIEWS = ['open', 'done'] as const;
export type VisitView = (typeof VISIT_VIEWS)[number];

export const listVisitsInput = pageInput
  .extend({
    view: z.enum(VISIT_VIEWS, { errorMap: () => ({ message: '回访列表只有待回访和已回访' }) }).default('open'),
  })
  .strict();
export type ListVisitsInput = z.input<typeof listVisitsInput>;

const visitId = z
  .string({ required_error: '缺少回访编号', invalid_type_error: '回访编号格式不正确' })
  .trim()
  .min(1, '缺少回访编号')
  .max(80, '回访编号格式不正确');

export const recordVisitInput = z
  .object({
    visitId,
    reached: z.boolean({ required_error: '请选择是否联系上业主', invalid_type_error: '请选择是否联系上业主' }),
    satisfied: z.boolean({ invalid_type_error: '请选择业主是否满意' }).optional(),
    notes: optionalText(500, '回访记录'),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.reached && input.satisfied === undefined)
      ctx.addIssue({ code: 'custom', path: ['satisfied'], message: '请选择业主是否满意' });
    if (!input.reached && input.satisfied !== undefined)
      ctx.addIssue({ code: 'custom', path: ['satisfied'], message: '未联系上业主时不能填写满意度' });
    if (input.reached && input.satisfied === false && !input.notes)
      ctx.addIssue({ code: 'custom', path: ['notes'], message: '请填写业主不满意的原因' });
  });
export type RecordVisitInput = z.input<typeof recordVisitInput>;

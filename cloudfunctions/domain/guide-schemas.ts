// Input schemas of the `guide` function; messages are Simplified Chinese, shown as they are.
import { z } from 'zod';
import { FAQ_OUTCOMES } from './guide';
import { optionalText, text } from './schemas';

const id = z.string().trim().min(1, '缺少编号').max(64, '编号过长');
const version = z
  .number({ required_error: '缺少版本号', invalid_type_error: '版本号格式不正确' })
  .int('版本号格式不正确')
  .min(0, '版本号格式不正确');

/** A number to call: a landline or mobile, digits with optional dashes (as the community's phones). */
const phone = z
  .string({ invalid_type_error: '电话格式不正确' })
  .trim()
  .regex(/^\d[\d-]{5,18}\d$/, '电话格式不正确，如 0571-88886666')
  .optional()
  .or(z.literal('').transform(() => undefined));

export const MAX_SERVICES = 50;
export const MAX_FAQS = 1000;
const MAX_KEYWORDS = 10;

export const serviceInput = z
  .object({
    /** absent for a new entry */
    id: id.optional(),
    name: text(1, 20, '服务名称'),
    description: optionalText(200, '服务说明'),
    hours: optionalText(40, '服务时间'),
    phone,
    price: optionalText(30, '价格'),
  })
  .strict();

const keyword = text(1, 20, '关键词');

export const faqInput = z
  .object({
    id: id.optional(),
    question: text(4, 60, '问题'),
    answer: text(4, 500, '答案'),
    keywords: z
      .array(keyword, { invalid_type_error: '关键词格式不正确' })
      .max(MAX_KEYWORDS, `关键词最多${MAX_KEYWORDS}个`)
      .default([])
      .refine((list) => new Set(list).size === list.length, '关键词不能重复'),
  })
  .strict();

export const getGuideInput = z.object({ communityId: id.optional() }).strict();

export const saveGuideEntryInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('service'), communityId: id, version, entry: serviceInput }).strict(),
    z.object({ kind: z.literal('faq'), communityId: id, version, entry: faqInput }).strict(),
  ],
  { errorMap: () => ({ message: '请选择服务或常见问题' }) },
);

export const removeGuideEntryInput = z
  .object({
    kind: z.enum(['service', 'faq'], { errorMap: () => ({ message: '请选择服务或常见问题' }) }),
    communityId: id,
    version,
    id,
  })
  .strict();

export const recordFaqInput = z
  .object({
    communityId: id,
    outcome: z.enum(FAQ_OUTCOMES, { errorMap: () => ({ message: '结果格式不正确' }) }),
    /** the question that solved it (outcome `solved`) */
    faqId: id.optional(),
  })
  .strict()
  .refine((input) => input.outcome !== 'solved' || input.faqId !== undefined, {
    message: '请说明是哪个问题解决了您的咨询',
    path: ['faqId'],
  });

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const deflectionReportInput = z
  .object({
    communityId: id,
    month: z.string({ invalid_type_error: '月份格式不正确' }).regex(MONTH, '月份格式不正确，如 2026-11').optional(),
  })
  .strict();

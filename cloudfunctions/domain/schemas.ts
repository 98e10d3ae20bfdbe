// Input schemas shared by the cloud functions (which enforce them) and the app (which mirrors
// them in its forms). Messages are Simplified Chinese because the app shows them as they are.
import { z } from 'zod';
import { CATEGORIES, DEPARTMENTS, URGENCIES } from './model';
import { RATING_TAGS } from './labels';
import { normaliseText, visibleLength } from './text';

export const MAX_PHOTOS = 9;

const id = z.string().trim().min(1, '缺少编号').max(64, '编号过长');

/** A photo is the fileID cloud storage answered for an upload; nothing else is shown to others. */
export const PHOTO_PATTERN = /^cloud:\/\/\S+$/;
const photo = z
  .string({ invalid_type_error: '照片格式不正确' })
  .max(512, '照片格式不正确')
  .regex(PHOTO_PATTERN, '照片格式不正确');
const photoList = z
  .array(photo, { invalid_type_error: '照片格式不正确' })
  .max(MAX_PHOTOS, `最多上传${MAX_PHOTOS}张照片`);

/** Raw input beyond this many UTF-16 units per allowed character is refused before any work on it. */
const RAW_UNITS_PER_CHARACTER = 8;

const rawText = (max: number, what: string) =>
  z
    .string({ required_error: `请填写${what}`, invalid_type_error: `${what}格式不正确` })
    .max(max * RAW_UNITS_PER_CHARACTER, `${what}不能超过${max}个字`);

/** Normalises `raw` (see text.ts) and checks its length in visible characters. */
function visibleText(raw: string, min: number, max: number, what: string, ctx: z.RefinementCtx): string {
  const value = normaliseText(raw);
  const visible = visibleLength(value);
  const tooShort = (message: string) =>
    ctx.addIssue({ code: 'too_small', minimum: min, type: 'string', inclusive: true, message });
  if (visible === 0) tooShort(`请填写${what}`);
  else if (visible < min) tooShort(`${what}至少${min}个字`);
  else if (visible > max)
    ctx.addIssue({
      code: 'too_big',
      maximum: max,
      type: 'string',
      inclusive: true,
      message: `${what}不能超过${max}个字`,
    });
  return value;
}

/**
 * Free text, measured in visible characters. Text with nothing a reader can see — blanks,
 * zero-width or control characters, broken surrogates — is refused.
 */
const text = (min: number, max: number, what: string) =>
  rawText(max, what).transform((raw, ctx) => visibleText(raw, min, max, what, ctx));

/** Optional free text: left out, or only blanks, it is absent; otherwise checked as `text`. */
const optionalText = (max: number, what: string) =>
  rawText(max, what)
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || normaliseText(raw) === '') return undefined;
      return visibleText(raw, 1, max, what, ctx);
    });

/** Mainland mobile numbers, or a landline with optional area code and extension. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

export const createTicketInput = z
  .object({
    clientRequestId: z.string().trim().min(8, '请求编号无效').max(64, '请求编号无效'),
    category: z.enum(CATEGORIES, { errorMap: () => ({ message: '请选择类别' }) }),
    description: text(5, 500, '问题描述'),
    photos: photoList.default([]),
    location: z.discriminatedUnion(
      'kind',
      [
        z.object({ kind: z.literal('unit'), unitId: id }).strict(),
        z.object({ kind: z.literal('common_area'), text: text(2, 50, '公共区域位置') }).strict(),
      ],
      { errorMap: () => ({ message: '请选择位置' }) },
    ),
    urgency: z.enum(URGENCIES).default('normal'),
    contactPhone: z
      .string({ required_error: '请填写联系电话' })
      .trim()
      .min(1, '请填写联系电话')
      .regex(PHONE_PATTERN, '请填写正确的联系电话'),
    preferredVisitTime: optionalText(40, '上门时间'),
  })
  .strict();
export type CreateTicketInput = z.input<typeof createTicketInput>;

export const pageInput = z
  .object({
    cursor: z.string({ invalid_type_error: '分页参数无效' }).min(1, '分页参数无效').max(200, '分页参数无效').optional(),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();

export const listMineInput = pageInput.extend({ filter: z.enum(['open', 'done', 'all']).default('all') }).strict();
export type ListMineInput = z.input<typeof listMineInput>;

export const INBOX_VIEWS = ['new', 'in_progress', 'overdue', 'escalated', 'done'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export const listInboxInput = pageInput.extend({ view: z.enum(INBOX_VIEWS).default('new') }).strict();
export type ListInboxInput = z.input<typeof listInboxInput>;

export const ticketRef = z.object({ ticketId: id }).strict();
export type TicketRef = z.input<typeof ticketRef>;

export const replyInput = ticketRef.extend({ text: text(1, 500, '回复内容') }).strict();
export type ReplyInput = z.input<typeof replyInput>;

export const noteInput = ticketRef.extend({ text: text(1, 500, '备注内容') }).strict();
export type NoteInput = z.input<typeof noteInput>;

export const transferInput = ticketRef
  .extend({
    toDepartment: z.enum(DEPARTMENTS, { errorMap: () => ({ message: '请选择转呈部门' }) }),
    reason: text(2, 200, '转呈原因'),
  })
  .strict();
export type TransferInput = z.input<typeof transferInput>;

export const resolveInput = ticketRef
  .extend({
    text: text(2, 500, '处理结果'),
    photos: photoList.default([]),
  })
  .strict();
export type ResolveInput = z.input<typeof resolveInput>;

export const rateInput = ticketRef
  .extend({
    score: z
      .number({ required_error: '请选择满意度', invalid_type_error: '请选择满意度' })
      .int()
      .min(1, '请选择满意度')
      .max(5, '请选择满意度'),
    tags: z
      .array(z.enum(RATING_TAGS))
      .max(RATING_TAGS.length)
      .refine((tags) => new Set(tags).size === tags.length, '评价标签重复')
      .default([]),
    comment: optionalText(200, '评价内容'),
  })
  .strict();
export type RateInput = z.input<typeof rateInput>;

/** The first message of a failed check, for showing next to a form. */
export function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  return { path: issue?.path.join('.') ?? '', message: issue?.message ?? '输入有误' };
}

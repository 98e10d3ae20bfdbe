// Input schemas shared by the cloud functions (which enforce them) and the app (which mirrors
// them in its forms). Messages are Simplified Chinese because the app shows them as they are.
import { z } from 'zod';
import { CATEGORIES, DEPARTMENTS, URGENCIES, UTILITIES } from './model';
import { RATING_TAGS } from './labels';
import { normaliseText, visibleLength } from './text';
import { toIso } from './time';

export const MAX_PHOTOS = 9;

const id = z.string().trim().min(1, '缺少编号').max(64, '编号过长');

/** A photo is the fileID cloud storage answered for an upload; nothing else is shown to others. */
export const PHOTO_PATTERN = /^cloud:\/\/\S+$/;
const photo = z
  .string({ invalid_type_error: '照片格式不正确' })
  .max(512, '照片格式不正确')
  .regex(PHOTO_PATTERN, '照片格式不正确');
export const photoList = z
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
export const text = (min: number, max: number, what: string) =>
  rawText(max, what).transform((raw, ctx) => visibleText(raw, min, max, what, ctx));

/** Optional free text: left out, or only blanks, it is absent; otherwise checked as `text`. */
export const optionalText = (max: number, what: string) =>
  rawText(max, what)
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || normaliseText(raw) === '') return undefined;
      return visibleText(raw, 1, max, what, ctx);
    });

/** Mainland mobile numbers, or a landline with optional area code and extension. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

/** What an owner may mark when filing a complaint; the service desk marks the rest. */
export const filingFlags = z
  .object({ compensation: z.boolean().optional(), againstManager: z.boolean().optional() })
  .strict();

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
    /** a complaint's marks at filing: a compensation claim, against the manager */
    flags: filingFlags.optional(),
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

/** Whom a form may name: the community's staff (praise), or the holding department's (reassigning). */
export const staffChoicesInput = z
  .object({ ticketId: id, purpose: z.enum(['credit', 'reassign'], { errorMap: () => ({ message: '用途无效' }) }) })
  .strict();
export type StaffChoicesInput = z.input<typeof staffChoicesInput>;

/** Whose credited praise to list: the caller's own when left out. */
export const listCreditsInput = pageInput.extend({ openid: id.optional() }).strict();
export type ListCreditsInput = z.input<typeof listCreditsInput>;

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

// complaint (flows/complaint.ts)
export const apologiseInput = ticketRef.extend({ text: text(2, 500, '致歉与登记内容') }).strict();
export type ApologiseInput = z.input<typeof apologiseInput>;

export const recordContactInput = ticketRef.extend({ text: text(2, 500, '联系情况') }).strict();
export type RecordContactInput = z.input<typeof recordContactInput>;

export const submitPlanInput = ticketRef.extend({ text: text(5, 1000, '处理方案') }).strict();
export type SubmitPlanInput = z.input<typeof submitPlanInput>;

export const approvePlanInput = ticketRef;
export type ApprovePlanInput = z.input<typeof approvePlanInput>;

export const returnPlanInput = ticketRef.extend({ reason: text(2, 200, '退回原因') }).strict();
export type ReturnPlanInput = z.input<typeof returnPlanInput>;

const utility = z.enum(UTILITIES, { errorMap: () => ({ message: '请选择市政单位类别' }) });

export const flagInput = ticketRef
  .extend({
    flags: z
      .object({
        compensation: z.literal(true).optional(),
        againstManager: z.literal(true).optional(),
        utility: utility.optional(),
        major: z.literal(true).optional(),
      })
      .strict()
      .refine((flags) => Object.keys(flags).length > 0, '请选择标记'),
  })
  .strict();
export type FlagInput = z.input<typeof flagInput>;

export const utilityFollowUpInput = ticketRef.extend({ utility, text: text(2, 500, '跟进情况') }).strict();
export type UtilityFollowUpInput = z.input<typeof utilityFollowUpInput>;

export const correctiveReportInput = ticketRef.extend({ text: text(10, 2000, '纠正措施报告') }).strict();
export type CorrectiveReportInput = z.input<typeof correctiveReportInput>;

/** An instant with its offset, e.g. 2026-11-23T17:30:00+08:00. */
export const instant = (what: string) =>
  z
    .string({ required_error: `请选择${what}`, invalid_type_error: `${what}格式不正确` })
    .max(40, `${what}格式不正确`)
    .datetime({ offset: true, message: `${what}格式不正确` })
    // stored times are China time with milliseconds, so they compare as strings
    .transform((value) => toIso(new Date(value)));

// consultation (flows/consultation.ts)
export const answerInput = ticketRef.extend({ text: text(2, 1000, '答复内容') }).strict();
export type AnswerInput = z.input<typeof answerInput>;

export const referInput = ticketRef
  .extend({
    toDepartment: z.enum(DEPARTMENTS, { errorMap: () => ({ message: '请选择答复部门' }) }),
    expectedAt: instant('预计答复时间'),
    reason: text(2, 200, '转交说明'),
  })
  .strict();
export type ReferInput = z.input<typeof referInput>;

// suggestion (flows/suggestion.ts) and praise (flows/praise.ts)
export const adoptInput = ticketRef
  .extend({
    plan: text(5, 1000, '实施方案'),
    by: z
      .string({ required_error: '请选择实施日期', invalid_type_error: '实施日期格式不正确' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, '实施日期格式不正确'),
  })
  .strict();
export type AdoptInput = z.input<typeof adoptInput>;

export const declineInput = ticketRef.extend({ reason: text(2, 500, '答复原因') }).strict();
export type DeclineInput = z.input<typeof declineInput>;

export const creditInput = ticketRef.extend({ staffOpenid: id, text: optionalText(200, '核实说明') }).strict();
export type CreditInput = z.input<typeof creditInput>;

// supervision (督办)
export const superviseInput = ticketRef
  .extend({
    note: text(2, 500, '督办意见'),
    deadline: instant('期限').optional(),
    assigneeOpenid: id.optional(),
  })
  .strict();
export type SuperviseInput = z.input<typeof superviseInput>;

export const acknowledgeInput = ticketRef;
export type AcknowledgeInput = z.input<typeof acknowledgeInput>;
export const withdrawInput = ticketRef.extend({ reason: text(2, 200, '撤销原因') }).strict();
export type WithdrawInput = z.input<typeof withdrawInput>;

/** A request's number as people read it, e.g. "ED20261122-0007". */
export const TICKET_NUMBER_PATTERN = /^ED\d{8}-\d{4,6}$/;

export const mergeInput = ticketRef
  .extend({
    intoNumber: z
      .string({ required_error: '请填写要合并到的诉求编号', invalid_type_error: '诉求编号格式不正确' })
      .trim()
      .toUpperCase()
      .regex(TICKET_NUMBER_PATTERN, '请填写正确的诉求编号，如ED20261122-0007'),
  })
  .strict();
export type MergeInput = z.input<typeof mergeInput>;

/** The highest price a quote may carry: ¥100,000.00, in fen. */
export const MAX_QUOTE_FEN = 100_000 * 100;

export const quoteInput = ticketRef
  .extend({
    amountFen: z
      .number({ required_error: '请填写报价金额', invalid_type_error: '报价金额格式不正确' })
      .int('报价金额最多精确到分')
      .min(1, '报价金额须大于0')
      .max(MAX_QUOTE_FEN, `报价金额不能超过${MAX_QUOTE_FEN / 100}元`),
    items: text(2, 200, '服务内容'),
  })
  .strict();
export type QuoteInput = z.input<typeof quoteInput>;

export const declineQuoteInput = ticketRef.extend({ reason: optionalText(200, '原因') }).strict();
export type DeclineQuoteInput = z.input<typeof declineQuoteInput>;

export const issueSlipInput = ticketRef
  .extend({
    defect: text(2, 200, '缺陷描述'),
    place: text(2, 50, '缺陷部位'),
    /** an instant with its offset, e.g. "2026-12-05T18:00:00+08:00"; stored in China time */
    deadline: z
      .string({ required_error: '请选择完成期限', invalid_type_error: '完成期限格式不正确' })
      .datetime({ offset: true, message: '完成期限格式不正确' })
      .transform((value) => toIso(new Date(value))),
  })
  .strict();
export type IssueSlipInput = z.input<typeof issueSlipInput>;

/** The first message of a failed check, for showing next to a form. */
export function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  return { path: issue?.path.join('.') ?? '', message: issue?.message ?? '输入有误' };
}

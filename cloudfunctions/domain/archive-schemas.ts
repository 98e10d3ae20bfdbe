// Input schemas of the archive (function `archive`): search filters, history pages, closing the
// ledger, export, print, credits and the search-field migration.
import { z } from 'zod';
import { CATEGORIES, CHANNELS, DEPARTMENTS, TICKET_STATUSES } from './model';
import { MAX_WORDS_SPAN_DAYS, daysBetween, phoneDigits } from './archive-search';
import { TICKET_NUMBER_PATTERN, pageInput, ticketRef } from './schemas';
import { normaliseText, visibleLength } from './text';

const id = z.string({ invalid_type_error: '编号格式不正确' }).trim().min(1, '缺少编号').max(64, '编号过长');

const day = z
  .string({ invalid_type_error: '日期格式不正确' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不正确')
  .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), '日期不存在');

const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { errorMap: () => ({ message: `${what}无效` }) });

/** Filters of an archive search; each one given narrows the results (all must hold). */
const filterShape = {
  communityId: id.optional(),
  number: z
    .string({ invalid_type_error: '诉求编号格式不正确' })
    .trim()
    .toUpperCase()
    .regex(TICKET_NUMBER_PATTERN, '请填写正确的诉求编号，如ED20261122-0007')
    .optional(),
  ownerOpenid: id.optional(),
  unitId: id.optional(),
  phone: z
    .string({ invalid_type_error: '电话格式不正确' })
    .max(40, '电话格式不正确')
    .transform(phoneDigits)
    .refine((digits) => digits.length >= 7 && digits.length <= 20, '请填写完整的电话号码')
    .optional(),
  words: z
    .string({ invalid_type_error: '关键词格式不正确' })
    .max(200, '关键词不能超过20个字')
    .transform(normaliseText)
    .refine((v) => visibleLength(v) >= 1, '请填写关键词')
    .refine((v) => visibleLength(v) <= 20, '关键词不能超过20个字')
    .optional(),
  from: day.optional(),
  to: day.optional(),
  category: choice(CATEGORIES, '类别').optional(),
  status: choice(TICKET_STATUSES, '状态').optional(),
  department: choice(DEPARTMENTS, '部门').optional(),
  channel: choice(CHANNELS, '渠道').optional(),
};

type Filters = z.output<z.ZodObject<typeof filterShape>>;

/** Dates in order; words alone (no number, owner, unit or phone) need a range of at most a quarter. */
function checkFilters(filters: Filters, ctx: z.RefinementCtx): void {
  if (filters.from && filters.to && filters.from > filters.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
  const narrowed = filters.number || filters.ownerOpenid || filters.unitId || filters.phone;
  if (filters.words && !narrowed) {
    if (!filters.from || !filters.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: '按关键词查询请选择起止日期' });
    else if (daysBetween(filters.from, filters.to) > MAX_WORDS_SPAN_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `按关键词查询的日期范围不能超过${MAX_WORDS_SPAN_DAYS}天，或同时按业主、房屋、电话查询`,
      });
  }
}

export const archiveFilters = z.object(filterShape).strict().superRefine(checkFilters);
export type ArchiveFilters = z.output<typeof archiveFilters>;

export const searchArchiveInput = pageInput.extend(filterShape).strict().superRefine(checkFilters);
export type SearchArchiveInput = z.input<typeof searchArchiveInput>;

export const exportArchiveInput = archiveFilters;

export const ownerHistoryInput = pageInput.extend({ openid: id }).strict();
export const unitHistoryInput = pageInput.extend({ unitId: id }).strict();
export const closeLedgerInput = ticketRef;
export const printTicketInput = ticketRef;
export const staffCreditsInput = pageInput.extend({ openid: id.optional() }).strict();

/** One batch of the migration that fills the search fields and credits of requests stored before them. */
export const migrateArchiveInput = z
  .object({
    after: id.optional(),
    limit: z.number({ invalid_type_error: '数量无效' }).int().min(1).max(200).default(100),
  })
  .strict();

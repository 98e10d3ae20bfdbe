// The routing rules as admins send them: each rule checked, and the list as a whole (one fallback,
// last, with no conditions). Messages name the rule by its place, as the admin page lists them.
import { z } from 'zod';
import type { StaffAudience } from './commands';
import { CATEGORIES, CHANNELS, DEPARTMENTS, URGENCIES } from './model';
import { hasNoConditions, ROUTING_FLAGS } from './routing';
import type { RoutingRule } from './routing';
import { normaliseText, visibleLength } from './text';

/** More rules than this is beyond what anyone can read through; the matcher itself is measured at 1,000. */
export const MAX_RULES = 200;
export const MAX_VALUES = 50;
export const MAX_WORD_LENGTH = 20;

/** The roles a rule may alert at filing (every StaffAudience). */
export const ESCALATION_AUDIENCES = [
  'handlers',
  'dept_head',
  'service_desk',
  'security',
  'manager',
  'leadership',
] as const satisfies readonly StaffAudience[];
// every audience is offered: a new StaffAudience fails to compile here until it is listed
const coversAll: Record<StaffAudience, true> = Object.fromEntries(ESCALATION_AUDIENCES.map((a) => [a, true])) as Record<
  StaffAudience,
  true
>;
void coversAll;

const values = <T extends z.ZodTypeAny>(item: T, what: string) =>
  z
    .array(item, { invalid_type_error: `${what}格式不正确` })
    .min(1, `${what}至少选择一项`)
    .max(MAX_VALUES, `${what}最多${MAX_VALUES}项`)
    .refine((list) => new Set(list).size === list.length, `${what}有重复`)
    .optional();

const shortText = (max: number, what: string) =>
  z
    .string({ required_error: `请填写${what}`, invalid_type_error: `${what}格式不正确` })
    .max(max * 8, `${what}不能超过${max}个字`)
    .transform((raw, ctx) => {
      const value = normaliseText(raw);
      const length = visibleLength(value);
      if (length === 0) ctx.addIssue({ code: 'custom', message: `请填写${what}` });
      else if (length > max) ctx.addIssue({ code: 'custom', message: `${what}不能超过${max}个字` });
      return value;
    });

const word = shortText(MAX_WORD_LENGTH, '关键词');

export const ruleConditions = z
  .object({
    communities: values(z.string().trim().min(1, '小区无效').max(64, '小区无效'), '小区'),
    categories: values(z.enum(CATEGORIES, { errorMap: () => ({ message: '类别无效' }) }), '类别'),
    words: values(word, '关键词'),
    buildings: values(shortText(20, '楼栋'), '楼栋'),
    channels: values(z.enum(CHANNELS, { errorMap: () => ({ message: '渠道无效' }) }), '渠道'),
    urgencies: values(z.enum(URGENCIES, { errorMap: () => ({ message: '紧急程度无效' }) }), '紧急程度'),
    flags: values(z.enum(ROUTING_FLAGS, { errorMap: () => ({ message: '标记无效' }) }), '标记'),
  })
  .strict();

export const ruleActions = z
  .object({
    department: z.enum(DEPARTMENTS, { errorMap: () => ({ message: '请选择处理部门' }) }),
    urgency: z.enum(URGENCIES, { errorMap: () => ({ message: '优先级无效' }) }).optional(),
    escalateTo: z.enum(ESCALATION_AUDIENCES, { errorMap: () => ({ message: '通知对象无效' }) }).optional(),
  })
  .strict();

export const routingRule = z
  .object({
    id: z.string().trim().min(1, '规则编号无效').max(64, '规则编号无效'),
    name: shortText(30, '规则名称'),
    when: ruleConditions,
    then: ruleActions,
  })
  .strict();

/** The whole list: ordered, ids unique, exactly one fallback and it is last. */
export const routingRules = z
  .array(routingRule, { required_error: '缺少规则', invalid_type_error: '规则格式不正确' })
  .min(1, '至少需要一条兜底规则')
  .max(MAX_RULES, `规则不能超过${MAX_RULES}条`)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `第${i + 1}条规则编号重复` });
      seen.add(rule.id);
      const last = i === rules.length - 1;
      if (!last && hasNoConditions(rule.when))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'when'],
          message: `第${i + 1}条规则没有条件，会拦下其后所有诉求：只有最后一条兜底规则可以不设条件`,
        });
      if (last && !hasNoConditions(rule.when))
        ctx.addIssue({ code: 'custom', path: [i, 'when'], message: '最后一条必须是不设条件的兜底规则' });
    });
  });

/** Rules as the schema answers them (the RoutingRule type, checked). */
export const parseRules = (input: unknown): RoutingRule[] => routingRules.parse(input) as RoutingRule[];

export const saveRoutingRulesInput = z
  .object({
    /** the version the admin edited; a save over a newer version is refused (CONFLICT) */
    version: z.number({ required_error: '缺少版本号', invalid_type_error: '版本号无效' }).int().min(0),
    rules: routingRules,
  })
  .strict();
export type SaveRoutingRulesInput = z.input<typeof saveRoutingRulesInput>;

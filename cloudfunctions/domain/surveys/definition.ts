// A survey's definition: its questions (a rating 1–5, one choice, several choices within bounds, or
// free text up to a length) and the schema that checks one written by an admin. Pure: the app
// shows the same questions it validates with.
import { z } from 'zod';
import { normaliseText, visibleLength } from '../text';

export const SURVEY_KINDS = ['satisfaction', 'opinion'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const SURVEY_KIND_LABELS: Record<SurveyKind, string> = {
  satisfaction: '满意度调查',
  opinion: '管理工作意见征询',
};

export const QUESTION_KINDS = ['rating', 'single', 'multiple', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const MAX_QUESTIONS = 30;
export const MAX_OPTIONS = 12;
export const MAX_TEXT_LENGTH = 500;

export interface ChoiceOption {
  id: string;
  label: string;
}

interface QuestionBase {
  id: string;
  title: string;
  required: boolean;
}

export type Question =
  | (QuestionBase & { kind: 'rating' })
  | (QuestionBase & { kind: 'single'; options: ChoiceOption[] })
  | (QuestionBase & { kind: 'multiple'; options: ChoiceOption[]; min: number; max: number })
  | (QuestionBase & { kind: 'text'; maxLength: number });

const key = z
  .string({ required_error: '缺少编号', invalid_type_error: '编号格式不正确' })
  .regex(/^[a-z0-9_-]{1,24}$/i, '编号只能包含字母、数字、下划线');

const label = (max: number, what: string) =>
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

const option = z.object({ id: key, label: label(30, '选项') }).strict();
const options = z.array(option).min(2, '至少两个选项').max(MAX_OPTIONS, `最多${MAX_OPTIONS}个选项`);
const base = { id: key, title: label(60, '题目'), required: z.boolean().default(true) };

export const questionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ ...base, kind: z.literal('rating') }).strict(),
    z.object({ ...base, kind: z.literal('single'), options }).strict(),
    z.object({ ...base, kind: z.literal('multiple'), options, min: z.number().int(), max: z.number().int() }).strict(),
    z
      .object({
        ...base,
        kind: z.literal('text'),
        maxLength: z.number().int().min(1).max(MAX_TEXT_LENGTH, `文字题最多${MAX_TEXT_LENGTH}字`),
      })
      .strict(),
  ],
  { errorMap: () => ({ message: '题型不正确' }) },
);

const unique = (ids: string[]) => new Set(ids).size === ids.length;

export const questionsSchema = z
  .array(questionSchema)
  .min(1, '至少一道题')
  .max(MAX_QUESTIONS, `最多${MAX_QUESTIONS}道题`)
  .superRefine((questions, ctx) => {
    if (!unique(questions.map((q) => q.id))) ctx.addIssue({ code: 'custom', message: '题目编号重复' });
    questions.forEach((q, index) => {
      if (q.kind !== 'single' && q.kind !== 'multiple') return;
      if (!unique(q.options.map((o) => o.id)))
        ctx.addIssue({ code: 'custom', message: '选项编号重复', path: [index, 'options'] });
      if (q.kind === 'multiple' && !(q.min >= 0 && q.min <= q.max && q.max >= 1 && q.max <= q.options.length))
        ctx.addIssue({ code: 'custom', message: '多选题的最少、最多选择数不合理', path: [index, 'min'] });
    });
  });

export const surveyTitle = label(40, '问卷标题');

/** Whether a survey's questions as stored: checked the same way (an admin's definition, a template). */
export const isValidQuestions = (questions: unknown): questions is Question[] =>
  questionsSchema.safeParse(questions).success;

// An owner's answer, checked against the survey's questions: a rating 1–5, one of the options, as
// many options as the question allows, or text within its length; required questions answered.
// An answer raises a problem when it has words for us or a low rating: the service desk reads those
// and may turn one into a request.
import { z } from 'zod';
import { invalidInput } from '../errors';
import { normaliseText, visibleLength } from '../text';
import { RATING_MAX, RATING_MIN } from './definition';
import type { Question } from './definition';

/** One question's answer as sent and stored: the picked option ids (a rating as "1"–"5"), or text. */
export interface AnswerItem {
  q: string;
  picks?: string[];
  text?: string;
}

export const answerItemsSchema = z
  .array(
    z
      .object({
        q: z.string().max(24),
        picks: z.array(z.string().max(24)).max(12).optional(),
        text: z.string().max(4000).optional(),
      })
      .strict(),
    { invalid_type_error: '答卷格式不正确' },
  )
  .max(30, '答卷格式不正确');

function checkItem(question: Question, item: AnswerItem | undefined): AnswerItem | undefined {
  const field = `answers.${question.id}`;
  const unanswered = () => {
    if (question.required) throw invalidInput(`请回答：${question.title}`, field);
    return undefined;
  };
  if (question.kind === 'text') {
    const text = normaliseText(item?.text ?? '');
    if (text === '') return unanswered();
    if (visibleLength(text) > question.maxLength)
      throw invalidInput(`「${question.title}」不能超过${question.maxLength}个字`, field);
    return { q: question.id, text };
  }
  const picks = [...new Set(item?.picks ?? [])];
  if (picks.length === 0) return unanswered();
  if (question.kind === 'rating') {
    const score = Number(picks[0]);
    if (picks.length !== 1 || !Number.isInteger(score) || score < RATING_MIN || score > RATING_MAX)
      throw invalidInput(`「${question.title}」请打${RATING_MIN}–${RATING_MAX}分`, field);
    return { q: question.id, picks: [String(score)] };
  }
  const known = new Set(question.options.map((o) => o.id));
  if (picks.some((p) => !known.has(p))) throw invalidInput(`「${question.title}」的选项不存在`, field);
  if (question.kind === 'single' && picks.length !== 1) throw invalidInput(`「${question.title}」只能选一项`, field);
  if (question.kind === 'multiple' && (picks.length < question.min || picks.length > question.max))
    throw invalidInput(
      question.min > 0
        ? `「${question.title}」请选${question.min}–${question.max}项`
        : `「${question.title}」最多选${question.max}项`,
      field,
    );
  return { q: question.id, picks };
}

/** The answer as stored, in the questions' order; INVALID_INPUT naming the first question at fault. */
export function checkAnswer(questions: readonly Question[], items: readonly AnswerItem[]): AnswerItem[] {
  const known = new Set(questions.map((q) => q.id));
  const stray = items.find((i) => !known.has(i.q));
  if (stray) throw invalidInput('答卷中有不存在的题目', 'answers');
  const byQuestion = new Map(items.map((i) => [i.q, i]));
  return questions.flatMap((q) => {
    const checked = checkItem(q, byQuestion.get(q.id));
    return checked ? [checked] : [];
  });
}

/**
 * What an answer raised for the service desk: each low rating and each text, as one line
 * (「报修的响应速度与维修质量」评分1分；「您的意见和建议」：电梯经常停), or undefined.
 */
export function problemIn(questions: readonly Question[], items: readonly AnswerItem[], lowRating: number) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const parts: string[] = [];
  let lowRated = false;
  for (const item of items) {
    const question = byId.get(item.q);
    if (!question) continue;
    if (question.kind === 'rating' && item.picks && Number(item.picks[0]) <= lowRating) {
      lowRated = true;
      parts.push(`「${question.title}」评分${item.picks[0]}分`);
    }
    if (question.kind === 'text' && item.text) parts.push(`「${question.title}」：${item.text}`);
  }
  return parts.length ? { text: parts.join('；'), lowRated } : undefined;
}

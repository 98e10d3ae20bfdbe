// What the `survey` function's actions accept.
import { z } from 'zod';
import { pageInput, PHONE_PATTERN } from '../schemas';
import { CATEGORIES } from '../model';
import { answerItemsSchema } from './answers';
import { questionsSchema, SURVEY_KINDS, surveyTitle } from './definition';
import { surveySettingsSchema } from './settings';

const id = z.string().trim().min(1, '缺少编号').max(200, '编号过长');

export const createSurveyInput = z
  .object({
    communityId: id,
    template: z.enum(SURVEY_KINDS, { errorMap: () => ({ message: '请选择问卷模板' }) }),
    title: surveyTitle.optional(),
    questions: questionsSchema.optional(),
  })
  .strict();
export type CreateSurveyInput = z.input<typeof createSurveyInput>;

export const surveyIdInput = z.object({ surveyId: id }).strict();

export const listSurveysInput = pageInput.extend({ communityId: id.optional() }).strict();

export const answerSurveyInput = z.object({ surveyId: id, answers: answerItemsSchema }).strict();
export type AnswerSurveyInput = z.input<typeof answerSurveyInput>;

export const listProblemsInput = pageInput.extend({ surveyId: id }).strict();

export const toRequestInput = z
  .object({
    answerId: id,
    category: z.enum(CATEGORIES, { errorMap: () => ({ message: '请选择类别' }) }).optional(),
    contactPhone: z.string().trim().regex(PHONE_PATTERN, '请填写正确的联系电话').optional(),
  })
  .strict();

export const communityInput = z.object({ communityId: id }).strict();
export const saveSurveySettingsInput = z.object({ communityId: id, settings: surveySettingsSchema }).strict();

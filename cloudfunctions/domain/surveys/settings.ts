// A community's survey settings. Policy 003 opens the satisfaction survey every June and November;
// policy 004 sends the yearly opinion survey to at least 15% of units and wants at least 75% of it
// back. The policies leave blank the opinion survey's month, how long answers are collected and what
// counts as a low rating: those are settings with the defaults below.
import { z } from 'zod';

export interface SurveySettings {
  /** months (1–12) the satisfaction survey opens on the 1st */
  satisfactionMonths: number[];
  /** the month the yearly opinion survey opens on the 1st; 0: not scheduled */
  opinionMonth: number;
  /** how many days answers are collected after opening (回收期限) */
  answerDays: number;
  /** the share of reached units that must answer (回收率) */
  returnTarget: number;
  /** the share of each building's units the opinion survey samples (发出数量不少于单元总数的15%) */
  opinionSampleShare: number;
  /** a rating at or below this raises a problem for the service desk */
  lowRating: number;
}

export const POLICY_MIN_SAMPLE_SHARE = 0.15;
export const POLICY_MIN_RETURN_TARGET = 0.75;

export const DEFAULT_SURVEY_SETTINGS: SurveySettings = {
  satisfactionMonths: [6, 11],
  opinionMonth: 3,
  answerDays: 15,
  returnTarget: POLICY_MIN_RETURN_TARGET,
  opinionSampleShare: POLICY_MIN_SAMPLE_SHARE,
  lowRating: 2,
};

const month = z.number().int().min(1, '月份应为1–12').max(12, '月份应为1–12');

export const surveySettingsSchema = z
  .object({
    satisfactionMonths: z
      .array(month)
      .max(12)
      .transform((months) => [...new Set(months)].sort((a, b) => a - b)),
    opinionMonth: z.number().int().min(0, '月份应为1–12').max(12, '月份应为1–12'),
    answerDays: z.number().int().min(3, '回收期限至少3天').max(60, '回收期限最多60天'),
    returnTarget: z
      .number()
      .min(POLICY_MIN_RETURN_TARGET, '回收率目标不得低于75%（制度要求）')
      .max(1, '回收率目标不能超过100%'),
    opinionSampleShare: z
      .number()
      .min(POLICY_MIN_SAMPLE_SHARE, '抽样比例不得低于15%（制度要求）')
      .max(1, '抽样比例不能超过100%'),
    lowRating: z.number().int().min(1).max(4),
  })
  .strict();

/** A community's stored settings over the defaults. */
export const settingsOf = (stored: Partial<SurveySettings> | null | undefined): SurveySettings => ({
  ...DEFAULT_SURVEY_SETTINGS,
  ...(stored ?? {}),
});

// Input schemas of the promise settings (cloud function `promise`): the working calendar and each
// community's promise policy. Messages are Simplified Chinese because the app shows them as they are.
import { z } from 'zod';
import { SLA_STEPS } from './model';
import { POLICY_ROWS, SPAN_UNITS } from './promise-policy';

export const year = z
  .number({ required_error: '请选择年份', invalid_type_error: '年份格式不正确' })
  .int('年份格式不正确')
  .min(2020, '年份超出范围')
  .max(2100, '年份超出范围');

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const isRealDay = (value: string) => {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

export const calendarInput = z.object({ year }).strict();

/** A date becomes a holiday, a make-up working day, or an ordinary day again (`none`). */
export const setCalendarDayInput = z
  .object({
    day: z
      .string({ required_error: '请选择日期', invalid_type_error: '日期格式不正确' })
      .refine(isRealDay, '日期格式不正确'),
    kind: z.enum(['holiday', 'workday', 'none'], { errorMap: () => ({ message: '请选择放假或调休上班' }) }),
  })
  .strict();

/** An admin says the year's official notice is (or is not yet) fully entered. */
export const markOfficialInput = z
  .object({ year, official: z.boolean({ invalid_type_error: '参数格式不正确' }) })
  .strict();

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const clockTime = (what: string) =>
  z
    .string({ required_error: `请填写${what}`, invalid_type_error: `${what}格式不正确` })
    .regex(HHMM, `${what}格式应为 HH:mm`)
    .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));

export const setWorkingHoursInput = z
  .object({ start: clockTime('上班时间'), end: clockTime('下班时间') })
  .strict()
  .refine((v) => v.end - v.start >= 60, { message: '下班时间须比上班时间至少晚1小时', path: ['end'] });

/** The most of each unit a promise may be (a longer one is a typo, not a promise). */
export const SPAN_LIMITS: Record<(typeof SPAN_UNITS)[number], number> = {
  minutes: 7 * 24 * 60,
  hours: 30 * 24,
  working_hours: 200,
  working_days: 60,
  same_day: 1,
};

export const spanInput = z
  .object({
    unit: z.enum(SPAN_UNITS, { errorMap: () => ({ message: '请选择时限单位' }) }),
    value: z
      .number({ required_error: '请填写时限', invalid_type_error: '时限须为数字' })
      .int('时限须为整数')
      .min(1, '时限至少为1'),
  })
  .strict()
  .refine((s) => s.value <= SPAN_LIMITS[s.unit], { message: '时限过长', path: ['value'] });

const communityId = z.string({ required_error: '请选择小区' }).trim().min(1, '请选择小区').max(64, '小区编号过长');

export const policyInput = z.object({ communityId }).strict();

/** One cell of the table set, or back to its default (`span: null`). */
export const setPolicyCellInput = z
  .object({
    communityId,
    row: z.enum(POLICY_ROWS, { errorMap: () => ({ message: '请选择类别' }) }),
    step: z.enum(SLA_STEPS, { errorMap: () => ({ message: '请选择环节' }) }),
    span: spanInput.nullable(),
  })
  .strict();

export const setPolicyOptionsInput = z
  .object({
    communityId,
    warnPercent: z
      .number({ invalid_type_error: '提醒比例须为数字' })
      .int('提醒比例须为整数')
      .min(10, '提醒比例至少10%')
      .max(95, '提醒比例至多95%'),
    escalateAfter: z.object({ clock: spanInput, working: spanInput }).strict(),
  })
  .strict();

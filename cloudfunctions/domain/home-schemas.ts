// Input schemas of the `home` function (binding, household, binding requests).
import { z } from 'zod';
import { normaliseText, visibleLength } from './text';

const id = z.string().trim().min(1, '缺少编号').max(64, '编号过长');

/** Mainland mobile numbers only: a binding phone must receive calls and messages. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
const mobile = z.string({ required_error: '请填写手机号码' }).trim().regex(MOBILE_PATTERN, '请填写正确的手机号码');

const personName = z
  .string({ required_error: '请填写姓名' })
  .transform(normaliseText)
  .refine((v) => visibleLength(v) >= 1 && visibleLength(v) <= 20, '姓名为1–20个字');

/** Codes we hand out: letters and digits (they become a WeChat `scene`). */
export const INVITATION_CODE_PATTERN = /^[A-Za-z0-9]{8,32}$/;
const invitationCode = z.string({ required_error: '缺少邀请码' }).regex(INVITATION_CODE_PATTERN, '邀请码无效');

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不正确')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00+08:00`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    '日期不存在',
  );

export const verifyPhoneInput = z
  .object({
    code: z.string({ required_error: '缺少手机号授权码' }).trim().min(1, '缺少手机号授权码').max(128, '授权码无效'),
  })
  .strict();

/** `phone` is the typed number, used only when no verified phone is kept for the caller. */
export const bindInput = z.object({ unitId: id, name: personName, phone: mobile.optional() }).strict();
export type BindInput = z.input<typeof bindInput>;

export const inviteInput = z
  .object({ unitId: id, relation: z.enum(['family', 'tenant']), tenancyEndsOn: day.optional() })
  .strict();
export type InviteInput = z.input<typeof inviteInput>;

export const invitationRef = z.object({ code: invitationCode }).strict();

export const acceptInvitationInput = z.object({ code: invitationCode, name: personName }).strict();

export const removeMemberInput = z.object({ unitId: id, openid: id }).strict();

export const decideRequestInput = z
  .object({
    requestId: id,
    approve: z.boolean({ required_error: '请选择通过或驳回' }),
    relation: z.enum(['owner', 'family', 'tenant']).optional(),
    tenancyEndsOn: day.optional(),
    reason: z
      .string()
      .transform(normaliseText)
      .refine((v) => visibleLength(v) <= 100, '原因不超过100个字')
      .optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.approve && !value.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '请填写驳回原因' });
    if (value.approve && value.relation === 'tenant' && !value.tenancyEndsOn)
      ctx.addIssue({ code: 'custom', path: ['tenancyEndsOn'], message: '请填写租期截止日期' });
  });
export type DecideRequestInput = z.input<typeof decideRequestInput>;

export const unitRef = z.object({ unitId: id }).strict();

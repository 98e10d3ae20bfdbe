// Input schemas of the `staff` function (the admin pages mirror them in their forms).
import { z } from 'zod';
import { DEPARTMENTS, ROLES } from './model';
import { DEFAULT_INVITATION_HOURS, INVITATION_CODE, MAX_INVITATION_HOURS } from './staff';
import { normaliseText, visibleLength } from './text';

const openid = z.string({ required_error: '缺少人员' }).trim().min(1, '缺少人员').max(64, '人员编号过长');
const communityId = z.string().trim().min(1, '缺少小区').max(64, '小区编号过长');

const personName = z
  .string({ required_error: '请填写姓名', invalid_type_error: '姓名格式不正确' })
  .max(80, '姓名不能超过20个字')
  .transform((raw, ctx) => {
    const value = normaliseText(raw);
    const length = visibleLength(value);
    if (length === 0) ctx.addIssue({ code: 'custom', message: '请填写姓名' });
    else if (length > 20) ctx.addIssue({ code: 'custom', message: '姓名不能超过20个字' });
    return value;
  });

const grant = {
  roles: z
    .array(z.enum(ROLES, { errorMap: () => ({ message: '岗位不正确' }) }), { required_error: '请选择岗位' })
    .max(ROLES.length, '岗位过多')
    .transform((roles) => [...new Set(roles)]),
  department: z.enum(DEPARTMENTS, { errorMap: () => ({ message: '部门不正确' }) }).optional(),
  communityIds: z
    .array(communityId, { required_error: '请选择小区' })
    .max(50, '小区过多')
    .transform((ids) => [...new Set(ids)]),
};

export const inviteInput = z
  .object({
    name: personName,
    ...grant,
    validHours: z
      .number({ invalid_type_error: '有效期格式不正确' })
      .int('有效期须为整数小时')
      .min(1, '有效期至少1小时')
      .max(MAX_INVITATION_HOURS, `有效期不能超过${MAX_INVITATION_HOURS}小时`)
      .default(DEFAULT_INVITATION_HOURS),
  })
  .strict();

export const invitationCode = z
  .string({ required_error: '缺少邀请码', invalid_type_error: '邀请码格式不正确' })
  .trim()
  .regex(INVITATION_CODE, '邀请码格式不正确');

export const codeInput = z.object({ code: invitationCode }).strict();

export const personInput = z.object({ openid }).strict();

export const updateStaffInput = z.object({ openid, ...grant }).strict();

export const listStaffInput = z
  .object({
    communityId: communityId.optional(),
    department: z.enum(DEPARTMENTS, { errorMap: () => ({ message: '部门不正确' }) }).optional(),
    active: z.boolean({ invalid_type_error: '状态不正确' }).optional(),
  })
  .strict();

export const noInput = z.object({}).strict();

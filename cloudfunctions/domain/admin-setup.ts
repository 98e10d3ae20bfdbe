// The first administrator of a new deployment: whoever knows the setup code the company set on the
// function, while no administrator exists. Pure rules; the action reads the code and the database.
import { z } from 'zod';
import type { User } from './model';
import { normaliseText, visibleLength } from './text';

export const MAX_SETUP_CODE_LENGTH = 128;
export const MAX_ADMIN_NAME_LENGTH = 20;

export const claimAdminInput = z
  .object({
    setupCode: z
      .string({ required_error: '请填写初始化口令', invalid_type_error: '初始化口令格式不正确' })
      .trim()
      .min(1, '请填写初始化口令')
      .max(MAX_SETUP_CODE_LENGTH, '初始化口令不正确'),
    name: z
      .string({ required_error: '请填写姓名', invalid_type_error: '姓名格式不正确' })
      .max(MAX_ADMIN_NAME_LENGTH * 8, `姓名不能超过${MAX_ADMIN_NAME_LENGTH}个字`)
      .transform((raw, ctx) => {
        const name = normaliseText(raw).replace(/\s+/g, ' ');
        const visible = visibleLength(name);
        if (visible === 0) ctx.addIssue({ code: 'custom', message: '请填写姓名' });
        else if (visible > MAX_ADMIN_NAME_LENGTH || name.includes('\n'))
          ctx.addIssue({ code: 'custom', message: `姓名不能超过${MAX_ADMIN_NAME_LENGTH}个字` });
        return name;
      }),
  })
  .strict();
export type ClaimAdminInput = z.input<typeof claimAdminInput>;

/**
 * Whether `given` is the configured code, compared in time independent of where they differ (the
 * code is a password; an early exit would tell how much of a guess is right).
 */
export function setupCodeMatches(configured: string, given: string): boolean {
  let difference = configured.length ^ given.length;
  for (let i = 0; i < configured.length; i += 1) {
    difference |= configured.charCodeAt(i) ^ (i < given.length ? given.charCodeAt(i) : 0);
  }
  return difference === 0;
}

/** The caller's record once they are an administrator: everything they had, plus the role. */
export function asFirstAdmin(openid: string, name: string, existing: User | null): User {
  if (!existing) return { openid, name, roles: ['admin'], units: [] };
  const roles = existing.roles.includes('admin') ? existing.roles : [...existing.roles, 'admin' as const];
  return { ...existing, name, roles };
}

import { randomBytes } from 'crypto';
import { asFirstAdmin, claimAdminInput, setupCodeMatches } from '../../domain/admin-setup';
import { auditEntry } from '../../domain/audit';
import { conflict, forbidden, invalidInput } from '../../domain/errors';
import type { User } from '../../domain/model';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { configuredSetupCode } from '../../server/setup-code';

export interface ClaimAdminAnswer {
  admin: true;
}

const summaryOf = (user: User | null) => (user ? { name: user.name, roles: user.roles } : undefined);

/**
 * Makes the caller the first administrator of a new deployment. Needs the setup code set on this
 * function (ADMIN_SETUP_CODE) and works only while no administrator exists; recorded in the audit
 * log. Any WeChat user may try (a new deployment has nobody bound yet).
 */
export const claimAdmin = defineAction({
  schema: claimAdminInput,
  roles: 'anyone',
  async run({ setupCode, name }, { caller, now, repos }): Promise<ClaimAdminAnswer> {
    const configured = configuredSetupCode();
    if (!configured) throw forbidden('尚未设置初始化口令，请在云函数 bootstrap 的环境变量中设置 ADMIN_SETUP_CODE');
    if (!setupCodeMatches(configured, setupCode)) throw invalidInput('初始化口令不正确', 'setupCode');
    const claimed = await repos.adminSetup.claim(caller.openid, (before) => {
      const after = asFirstAdmin(caller.openid, name, before);
      const entry = auditEntry(
        randomBytes(16).toString('hex'),
        { openid: caller.openid, name },
        'admin.claim',
        { kind: 'user', id: caller.openid },
        { before: summaryOf(before), after: summaryOf(after) },
        toIso(now),
      );
      return { after, entry };
    });
    if (!claimed) throw conflict('系统已有管理员，请联系现有管理员为您开通权限');
    return { admin: true };
  },
});

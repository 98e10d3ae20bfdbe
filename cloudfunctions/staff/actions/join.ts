import { recordAudit } from '../../server/audit';
import { conflict } from '../../domain/errors';
import type { MeView } from '../../domain/api';
import { toMeView } from '../../domain/me-view';
import { assertUsable, joinedUser } from '../../domain/staff';
import { codeInput } from '../../domain/staff-schemas';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { staffFields } from '../people';

/**
 * The one way to a staff role: open an invitation. The invitation is marked used by ONE
 * conditional write that holds only while it is open, so two people (or two taps) cannot both
 * use it; then the caller's record gets the invitation's roles, department and communities.
 */
export const join = defineAction({
  schema: codeInput,
  roles: 'anyone',
  async run({ code }, context): Promise<MeView> {
    const { caller, now, repos } = context;
    const nowIso = toIso(now);
    const invitation = await repos.staff.useInvitation(code, caller.openid, nowIso);
    if (!invitation) {
      // not open: say why (expired, used, revoked, or no such code)
      assertUsable(await repos.staff.getInvitation(code), nowIso);
      throw conflict('邀请刚被使用，请联系管理员');
    }
    const { bound, ...existing } = caller;
    const user = joinedUser(caller.openid, existing, invitation);
    await repos.staff.putUser(user);
    await recordAudit(
      context,
      'staff.join',
      { kind: 'user', id: caller.openid },
      { ...(bound ? { before: staffFields(existing) } : {}), after: staffFields(user), summary: `邀请码 ${code}` },
    );
    return toMeView(caller.openid, user);
  },
});

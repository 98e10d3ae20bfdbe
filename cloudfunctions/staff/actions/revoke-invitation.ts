import { recordAudit } from '../../server/audit';
import { DomainError, illegalTransition } from '../../domain/errors';
import { communitiesOf, worksIn } from '../../domain/scope';
import { assertUsable, INVITATION_NOT_FOUND, STAFF_MANAGERS } from '../../domain/staff';
import { codeInput } from '../../domain/staff-schemas';
import { toInvitationView } from '../../domain/staff-views';
import type { InvitationView } from '../../domain/staff-views';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';

/** An admin withdraws an open invitation of their communities; a used one stays used. */
export const revokeInvitation = defineAction({
  schema: codeInput,
  roles: STAFF_MANAGERS,
  async run({ code }, context): Promise<InvitationView> {
    const { caller, now, repos } = context;
    const nowIso = toIso(now);
    const invitation = await repos.staff.getInvitation(code);
    const scope = communitiesOf(caller);
    const inSight =
      invitation &&
      (scope.all || (invitation.communityIds.length > 0 && invitation.communityIds.every((id) => worksIn(scope, id))));
    if (!invitation || !inSight) throw new DomainError('NOT_FOUND', INVITATION_NOT_FOUND);
    try {
      assertUsable(invitation, nowIso);
    } catch (error) {
      throw illegalTransition((error as Error).message);
    }
    if (!(await repos.staff.revokeInvitation(code, nowIso))) throw illegalTransition('该邀请刚被使用或撤销');
    await recordAudit(
      context,
      'staff.revokeInvitation',
      { kind: 'invitation', id: code },
      {
        before: { revokedAt: null },
        after: { revokedAt: nowIso },
      },
    );
    return toInvitationView({ ...invitation, revokedAt: nowIso }, nowIso);
  },
});

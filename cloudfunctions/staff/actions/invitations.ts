import { communitiesOf } from '../../domain/scope';
import { STAFF_MANAGERS } from '../../domain/staff';
import { noInput } from '../../domain/staff-schemas';
import { toInvitationView } from '../../domain/staff-views';
import type { InvitationView } from '../../domain/staff-views';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';

/** The open staff invitations of the caller's communities, newest first. */
export const invitations = defineAction({
  schema: noInput,
  roles: STAFF_MANAGERS,
  async run(_input, { caller, now, repos }): Promise<{ items: InvitationView[] }> {
    const scope = communitiesOf(caller);
    const nowIso = toIso(now);
    const found = await repos.staff.openInvitations(scope.all ? 'all' : scope.ids, nowIso);
    return { items: found.map((invitation) => toInvitationView(invitation, nowIso)) };
  },
});

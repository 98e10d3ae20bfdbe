import type { InvitationView } from '../../domain/home-views';
import { toInvitationView } from '../../domain/home-views';
import { invitationRef } from '../../domain/home-schemas';
import { invitationState } from '../../domain/household';
import { notFound } from '../../domain/errors';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';

/** What an invitation offers, for the page the share card opens (anyone, also not yet bound). */
export const invitation = defineAction({
  schema: invitationRef,
  roles: 'anyone',
  async run({ code }, { now, repos }): Promise<InvitationView> {
    const found = await repos.homes.invitation(code);
    if (!found) throw notFound('邀请不存在，请向业主确认');
    return toInvitationView(found, invitationState(found, toIso(now)));
  },
});

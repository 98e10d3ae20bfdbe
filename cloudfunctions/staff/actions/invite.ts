import { recordAudit } from '../../server/audit';
import { randomBytes } from 'crypto';
import { checkGrant, STAFF_MANAGERS } from '../../domain/staff';
import type { StaffInvitation } from '../../domain/staff';
import { inviteInput } from '../../domain/staff-schemas';
import { toInvitationView } from '../../domain/staff-views';
import type { InvitationView } from '../../domain/staff-views';
import { addMinutes, toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { storeInvitationCode } from '../mini-program-code';
import { communitiesNamed } from '../people';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** 16 characters from a 56-letter alphabet (about 93 bits): not guessable, and a valid `scene`. */
function newCode(): string {
  return [...randomBytes(16)].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
}

/**
 * An admin (or a project manager, in their communities) invites a staff member: a one-use code,
 * valid for `validHours`, shared as a card and as a mini-program code. Database requests: the
 * caller, the communities' names, the invitation, the audit entry.
 */
export const invite = defineAction({
  schema: inviteInput,
  roles: STAFF_MANAGERS,
  async run(input, context): Promise<InvitationView> {
    const { caller, now, repos } = context;
    const grant = { roles: input.roles, communityIds: input.communityIds, department: input.department };
    checkGrant(caller, grant);
    const communities = await communitiesNamed(context, input.communityIds);
    const code = newCode();
    const createdAt = toIso(now);
    const qrFileId = await storeInvitationCode(code, (error) => console.error('[invite] mini-program code', error));
    const invitation: StaffInvitation = {
      id: code,
      kind: 'staff',
      name: input.name,
      roles: input.roles,
      ...(input.department ? { department: input.department } : {}),
      communityIds: communities.map((c) => c.id),
      communityNames: communities.map((c) => c.name),
      communityId: communities[0]?.id ?? '',
      createdBy: { openid: caller.openid, name: caller.name },
      createdAt,
      expiresAt: addMinutes(createdAt, input.validHours * 60),
      ...(qrFileId ? { qrFileId } : {}),
    };
    await repos.staff.addInvitation(invitation);
    const { id: _code, ...recorded } = invitation;
    await recordAudit(context, 'staff.invite', { kind: 'invitation', id: code }, { after: recorded });
    return toInvitationView(invitation, createdAt);
  },
});

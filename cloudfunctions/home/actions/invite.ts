import { randomBytes } from 'crypto';
import { activeUnits, chinaDay } from '../../domain/binding';
import { inviteInput } from '../../domain/home-schemas';
import { newInvitation, ownedUnit } from '../../domain/household';
import { invalidInput } from '../../domain/errors';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** 16 characters of a 56-letter alphabet: unguessable, and short enough for a WeChat `scene`. */
function newCode(): string {
  return [...randomBytes(16)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

export interface InviteResult {
  code: string;
  expiresAt: string;
  /** the page the share card opens */
  path: string;
}

/** The owner of a unit invites a family member or a tenant: a one-use code valid for 7 days. */
export const invite = defineAction({
  schema: inviteInput,
  roles: AUDIENCES.filers,
  async run(input, { caller, now, repos }): Promise<InviteResult> {
    const today = chinaDay(now);
    const unit = ownedUnit(activeUnits(caller.units, today), input.unitId);
    if (input.tenancyEndsOn && input.tenancyEndsOn < today) throw invalidInput('租期截止日期已过', 'tenancyEndsOn');
    const invitation = newInvitation(
      newCode(),
      unit,
      caller.communityName ?? '',
      { openid: caller.openid, name: caller.name },
      { relation: input.relation, tenancyEndsOn: input.tenancyEndsOn },
      now,
    );
    await repos.homes.addInvitation(invitation);
    return { code: invitation.id, expiresAt: invitation.expiresAt, path: `pages/invite/index?code=${invitation.id}` };
  },
});

import { verifyPhoneInput } from '../../domain/home-schemas';
import { toIso } from '../../domain/time';
import { maskPhone } from '../../domain/views';
import { defineAction } from '../../server/action';
import { verifyPhoneCode } from '../phone';
import { recordOf } from '../records';

export type VerifyPhoneResult = { verified: true; phone: string } | { verified: false; reason: 'quota' };

/**
 * Verifies the caller's phone once: a phone WeChat already verified for them is answered as kept,
 * with no billed call. When the quota is spent the app falls back to a typed phone.
 */
export const verifyPhone = defineAction({
  schema: verifyPhoneInput,
  roles: 'anyone',
  async run({ code }, { caller, now, repos }): Promise<VerifyPhoneResult> {
    if (caller.phone && caller.phoneVerifiedAt) return { verified: true, phone: maskPhone(caller.phone) };
    const verification = await verifyPhoneCode(code);
    if (!verification.ok) return { verified: false, reason: verification.reason };
    await repos.homes.putUser({ ...recordOf(caller), phone: verification.phone, phoneVerifiedAt: toIso(now) });
    return { verified: true, phone: maskPhone(verification.phone) };
  },
});

// Exchanges the code of `<Button openType="getPhoneNumber">` for the number WeChat verified. Each
// exchange is billed, so callers keep the result and never ask twice for the same person.
import { invalidInput } from '../domain/errors';
import { wxCloud } from '../server/cloud';

/** WeChat's answer when the account's verification quota is spent. */
export const QUOTA_SPENT = 1400001;

export type PhoneVerification = { ok: true; phone: string } | { ok: false; reason: 'quota' };

interface PhoneInfo {
  purePhoneNumber?: unknown;
  phoneNumber?: unknown;
  countryCode?: unknown;
}

export async function verifyPhoneCode(code: string): Promise<PhoneVerification> {
  let answer: { phoneInfo?: PhoneInfo; phone_info?: PhoneInfo };
  try {
    answer = (await wxCloud().openapi.phonenumber.getPhoneNumber({ code })) as typeof answer;
  } catch (error) {
    if ((error as { errCode?: unknown }).errCode === QUOTA_SPENT) return { ok: false, reason: 'quota' };
    throw invalidInput('手机号授权已失效，请重新获取', 'code');
  }
  const info = answer.phoneInfo ?? answer.phone_info;
  const phone = typeof info?.purePhoneNumber === 'string' ? info.purePhoneNumber : '';
  // only mainland numbers can bind: the register and the service desk's calls use them
  if (!/^1[3-9]\d{9}$/.test(phone) || (info?.countryCode !== undefined && String(info.countryCode) !== '86'))
    throw invalidInput('请使用中国大陆手机号', 'code');
  return { ok: true, phone };
}

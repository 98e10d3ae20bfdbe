/**
 * The local stand-in for `phonenumber.getPhoneNumber` (the code a `<Button openType="getPhoneNumber">`
 * hands out, exchanged for the verified number). WeChat's codes cannot exist here, so:
 * - `local-phone:<11 digits>` answers that number as verified (the H5 stand-in dialog sends it);
 * - `local-phone-quota` answers 1400001, the spent verification quota;
 * - any other code answers WeChat's invalid-code error, 40029.
 * A test may still force an answer for every code with `outbox.setAnswer`.
 */
export const PHONE_NUMBER_API = 'phonenumber.getPhoneNumber';
export const INVALID_CODE = 40029;
export const QUOTA_SPENT = 1400001;

const VERIFIED = /^local-phone:(1\d{10})$/;

export function phoneNumberAnswer(payload: Record<string, unknown>): {
  errCode: number;
  body: Record<string, unknown>;
} {
  const code = typeof payload.code === 'string' ? payload.code : '';
  const verified = VERIFIED.exec(code);
  if (verified) {
    const phone = verified[1];
    return {
      errCode: 0,
      body: {
        errcode: 0,
        errmsg: 'ok',
        phone_info: {
          phoneNumber: phone,
          purePhoneNumber: phone,
          countryCode: '86',
          watermark: { timestamp: Math.floor(Date.now() / 1000), appid: 'local' },
        },
      },
    };
  }
  if (code === 'local-phone-quota')
    return { errCode: QUOTA_SPENT, body: { errcode: QUOTA_SPENT, errmsg: 'quota limit' } };
  return { errCode: INVALID_CODE, body: { errcode: INVALID_CODE, errmsg: 'invalid code' } };
}

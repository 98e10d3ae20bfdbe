/**
 * The local stand-in for `subscribeMessage.send`: it checks a call as WeChat does instead of
 * accepting everything — a missing `touser` answers 40003, a missing or malformed `template_id`
 * 40037, and a field whose value breaks its type's rules 47003, naming the field as WeChat does
 * ("argument invalid! data.thing2.value exceeds limit"). Written from WeChat's documentation on its
 * own, not from the functions' shaping, so it catches what that shaping gets wrong.
 */
export const SUBSCRIBE_MESSAGE_API = 'subscribeMessage.send';

export interface SendCheck {
  errCode: number;
  errMsg: string;
}

const TEMPLATE_ID = /^[A-Za-z0-9_-]{10,64}$/;
const OPENID = /^[A-Za-z0-9_-]{1,128}$/;

const isHan = (c: string) => /\p{Script=Han}/u.test(c);
const length = (value: string) => Array.from(value).length;

/** WeChat's rule for each field type: the problem with `value`, or null. */
const RULES: Record<string, (value: string) => string | null> = {
  thing: (v) => (length(v) === 0 ? 'is empty' : length(v) > 20 ? 'exceeds limit' : null),
  phrase: (v) => (length(v) === 0 || length(v) > 5 || !Array.from(v).every(isHan) ? 'invalid' : null),
  character_string: (v) => (length(v) === 0 || length(v) > 32 || !/^[\x21-\x7e]+$/.test(v) ? 'invalid' : null),
  time: (v) => (/^\d{4}年\d{1,2}月\d{1,2}日( \d{1,2}:\d{2})?$/.test(v) ? null : 'invalid'),
  date: (v) => (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(v) ? null : 'invalid'),
  name: (v) => {
    const max = Array.from(v).some(isHan) ? 10 : 20;
    return length(v) === 0 || length(v) > max ? 'invalid' : null;
  },
  number: (v) => (/^-?\d+(\.\d+)?$/.test(v) && length(v) <= 32 ? null : 'invalid'),
  phone_number: (v) => (/^[\d+\- ]{1,17}$/.test(v) ? null : 'invalid'),
  car_number: (v) => (length(v) > 0 && length(v) <= 8 ? null : 'invalid'),
  amount: (v) => (/^\D?-?\d+(\.\d+)?元?$/.test(v) && v.replace(/\D/g, '').length <= 10 ? null : 'invalid'),
};

const invalid = (what: string): SendCheck => ({ errCode: 47003, errMsg: `argument invalid! ${what}` });

/** How WeChat answers this payload (snake_case keys, as the SDK sends them); errCode 0 when it is fine. */
export function checkSubscribeMessage(payload: Record<string, unknown>): SendCheck {
  const touser = payload.touser;
  if (typeof touser !== 'string' || !OPENID.test(touser)) return { errCode: 40003, errMsg: 'invalid openid' };
  const templateId = payload.template_id;
  if (typeof templateId !== 'string' || !TEMPLATE_ID.test(templateId))
    return { errCode: 40037, errMsg: 'invalid template_id' };
  const data = payload.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return invalid('data is empty');
  for (const [key, field] of Object.entries(data as Record<string, unknown>)) {
    const type = /^([a-z_]+?)\d+$/.exec(key)?.[1];
    const rule = type ? RULES[type] : undefined;
    if (!rule) return invalid(`data.${key} is not a field`);
    const value = (field as { value?: unknown } | null)?.value;
    if (typeof value !== 'string') return invalid(`data.${key}.value is empty`);
    const problem = rule(value);
    if (problem) return invalid(`data.${key}.value ${problem}`);
  }
  return { errCode: 0, errMsg: 'ok' };
}

// Values of a subscription message's fields, shaped to WeChat's rules for each field type (the
// type is the field key without its number: `thing2` is a `thing`). A value that breaks a rule is
// refused by WeChat with 47003, so every value is shaped here before it is sent. Pure: the time
// zone is China's, passed in as ISO instants.
import { CHINA_UTC_OFFSET_MINUTES } from './time';

export const FIELD_TYPES = [
  'thing',
  'phrase',
  'character_string',
  'time',
  'date',
  'name',
  'number',
  'phone_number',
  'car_number',
  'amount',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** The limits WeChat sets (characters, or digits for `amount`). */
export const FIELD_LIMITS = {
  thing: 20,
  phrase: 5,
  character_string: 32,
  name: 10,
  /** a name with no Chinese character may be this long */
  latinName: 20,
  number: 32,
  phone_number: 17,
  car_number: 8,
  amountDigits: 10,
} as const;

const ELLIPSIS = '…';

/** The type of a field key such as `thing2` or `character_string13`; null when it is no known type. */
export function fieldTypeOf(key: string): FieldType | null {
  const match = /^([a-z_]+?)\d+$/.exec(key);
  const type = match?.[1];
  return type && (FIELD_TYPES as readonly string[]).includes(type) ? (type as FieldType) : null;
}

const isHan = (code: number) =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x2ebef);

/** Emoji and their joiners, selectors and modifiers: WeChat refuses some, and a cut could split one. */
const isEmoji = (code: number) =>
  (code >= 0x1f000 && code <= 0x1faff) ||
  (code >= 0x2600 && code <= 0x27bf) ||
  (code >= 0x2b00 && code <= 0x2bff) ||
  (code >= 0x2300 && code <= 0x23ff) ||
  (code >= 0xfe00 && code <= 0xfe0f) ||
  (code >= 0xe0000 && code <= 0xe007f) ||
  code === 0x200d ||
  code === 0x20e3;

/** The characters of `text` (code points, so a surrogate pair is never cut in two). */
const chars = (text: string): string[] => Array.from(text);

/** One line, single spaces, no emoji or control characters. */
function plain(raw: string): string {
  const kept = chars(raw.replace(/[\r\n\t\u2028\u2029]+/g, ' ')).filter((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code >= 0x20 && !(code >= 0x7f && code <= 0x9f) && !isEmoji(code);
  });
  return kept.join('').replace(/\s+/g, ' ').trim();
}

/** At most `max` characters; a longer text keeps `max - 1` and ends with an ellipsis. */
function cutWithEllipsis(text: string, max: number): string {
  const all = chars(text);
  return all.length <= max
    ? text
    : `${all
        .slice(0, max - 1)
        .join('')
        .trimEnd()}${ELLIPSIS}`;
}

const cut = (text: string, max: number) => chars(text).slice(0, max).join('');

function chinaParts(iso: string): { y: string; mo: string; d: string; h: string; mi: string } | null {
  const ms = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(ms)) return null;
  const local = new Date(ms + CHINA_UTC_OFFSET_MINUTES * 60_000).toISOString();
  return {
    y: local.slice(0, 4),
    mo: local.slice(5, 7),
    d: local.slice(8, 10),
    h: local.slice(11, 13),
    mi: local.slice(14, 16),
  };
}

/** What a field of this type shows for `raw`, or null when nothing valid can be made of it. */
export type Shaped = { ok: true; value: string } | { ok: false; reason: string };

const ok = (value: string): Shaped => ({ ok: true, value });
const refuse = (reason: string): Shaped => ({ ok: false, reason });

function shapeAmount(raw: string): Shaped {
  const match = /-?\d+(?:\.\d+)?/.exec(raw.replace(/[,\s]/g, ''));
  if (!match) return refuse('no amount');
  const yuan = Number(match[0]);
  const text = yuan.toFixed(2);
  if (text.replace(/\D/g, '').length > FIELD_LIMITS.amountDigits) return refuse('amount over 10 digits');
  return ok(`¥${text}`);
}

const SHAPERS: Record<FieldType, (raw: string) => Shaped> = {
  // up to 20 characters of any kind; cut with an ellipsis
  thing: (raw) => {
    const text = plain(raw);
    return text ? ok(cutWithEllipsis(text, FIELD_LIMITS.thing)) : refuse('empty');
  },
  // up to 5 Chinese characters and nothing else
  phrase: (raw) => {
    const han = chars(raw).filter((c) => isHan(c.codePointAt(0) ?? 0));
    return han.length ? ok(cut(han.join(''), FIELD_LIMITS.phrase)) : refuse('no Chinese character');
  },
  // up to 32 letters, digits and symbols: no Chinese
  character_string: (raw) => {
    const text = chars(plain(raw))
      .filter((c) => /^[\x21-\x7e]$/.test(c))
      .join('');
    return text ? ok(cut(text, FIELD_LIMITS.character_string)) : refuse('no letter, digit or symbol');
  },
  // 2026年11月22日 15:01, China time
  time: (raw) => {
    const p = chinaParts(raw.trim());
    return p ? ok(`${p.y}年${p.mo}月${p.d}日 ${p.h}:${p.mi}`) : refuse('not a time');
  },
  date: (raw) => {
    const p = chinaParts(raw.trim());
    return p ? ok(`${p.y}年${p.mo}月${p.d}日`) : refuse('not a date');
  },
  // 10 Chinese characters (a name with any Chinese counts as Chinese), or 20 letters
  name: (raw) => {
    const kept = chars(plain(raw))
      .filter((c) => isHan(c.codePointAt(0) ?? 0) || /^[A-Za-z ·.]$/.test(c))
      .join('')
      .trim();
    if (!kept) return refuse('no name');
    const chinese = chars(kept).some((c) => isHan(c.codePointAt(0) ?? 0));
    return ok(cut(kept, chinese ? FIELD_LIMITS.name : FIELD_LIMITS.latinName).trim());
  },
  number: (raw) => {
    const match = /-?\d+(?:\.\d+)?/.exec(raw.replace(/[,\s]/g, ''));
    return match ? ok(cut(match[0], FIELD_LIMITS.number)) : refuse('no number');
  },
  phone_number: (raw) => {
    const text = raw.replace(/[^\d+\- ]/g, '').trim();
    return /\d/.test(text) ? ok(cut(text, FIELD_LIMITS.phone_number).trim()) : refuse('no phone number');
  },
  // a province's character, then letters and digits
  car_number: (raw) => {
    const text = chars(raw.toUpperCase())
      .filter((c) => isHan(c.codePointAt(0) ?? 0) || /^[A-Z0-9]$/.test(c))
      .join('');
    return text ? ok(cut(text, FIELD_LIMITS.car_number)) : refuse('no plate');
  },
  // a currency symbol and at most 10 digits
  amount: shapeAmount,
};

/** `raw` shaped for a field of `type`. */
export function shapeField(type: FieldType, raw: string): Shaped {
  return SHAPERS[type](raw);
}

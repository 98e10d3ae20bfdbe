// What the service desk sends when it records a request that came by phone, visit, letter … on
// someone's behalf, and when it looks up the owner who called.
import { z } from 'zod';
import type { Channel } from './model';
import { createTicketInput } from './schemas';
import { normaliseText, visibleLength } from './text';

/** Every channel but the app itself: what reaches the service desk. */
export const DESK_CHANNELS = [
  'hotline',
  'visit',
  'letter',
  'email',
  'wechat_group',
  'suggestion_box',
  'onsite',
] as const satisfies readonly Exclude<Channel, 'miniprogram'>[];
export type DeskChannel = (typeof DESK_CHANNELS)[number];

const id = z.string().trim().min(1, '缺少编号').max(64, '编号过长');

const personName = z
  .string({ required_error: '请填写来电人姓名', invalid_type_error: '姓名格式不正确' })
  .max(160, '姓名不能超过20个字')
  .transform((raw, ctx) => {
    const value = normaliseText(raw);
    const length = visibleLength(value);
    if (length === 0) ctx.addIssue({ code: 'custom', message: '请填写来电人姓名' });
    else if (length > 20) ctx.addIssue({ code: 'custom', message: '姓名不能超过20个字' });
    return value;
  });

/**
 * For whom: a registered owner with an account (`owner`, the openid the lookup answered), or a
 * caller identified by name and place (`caller`: the contact phone is theirs; the community is
 * where the request belongs when it is about a common area).
 */
export const onBehalfPerson = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('owner'), openid: id }).strict(),
    z.object({ kind: z.literal('caller'), name: personName, communityId: id }).strict(),
  ],
  { errorMap: () => ({ message: '请选择业主或填写来电人' }) },
);

export const createOnBehalfInput = createTicketInput
  .extend({
    channel: z.enum(DESK_CHANNELS, { errorMap: () => ({ message: '请选择来源渠道' }) }),
    person: onBehalfPerson,
  })
  .strict();
export type CreateOnBehalfInput = z.input<typeof createOnBehalfInput>;

/** Find the people of a unit, or those with a phone number (the register and bound accounts). */
export const lookupOwnerInput = z.discriminatedUnion(
  'by',
  [
    z.object({ by: z.literal('unit'), unitId: id }).strict(),
    z
      .object({
        by: z.literal('phone'),
        phone: z
          .string({ required_error: '请填写手机号' })
          .trim()
          .regex(/^1[3-9]\d{9}$/, '请填写11位手机号'),
      })
      .strict(),
  ],
  { errorMap: () => ({ message: '请按房屋或手机号查找' }) },
);
export type LookupOwnerInput = z.input<typeof lookupOwnerInput>;

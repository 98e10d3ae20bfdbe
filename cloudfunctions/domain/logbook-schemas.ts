// Input schemas of the registers (cloud function `logbook`). Messages are Simplified Chinese
// because the app shows them as they are.
import { z } from 'zod';
import { INCIDENT_KINDS, LOST_ITEM_STATES } from './logbook';
import { PHONE_PATTERN, TICKET_NUMBER_PATTERN, instant, optionalText, pageInput, photoList, text } from './schemas';

const recordId = z
  .string({ required_error: '缺少编号', invalid_type_error: '编号格式不正确' })
  .trim()
  .min(1, '缺少编号')
  .max(64, '编号过长');

const communityId = recordId;

export const MAX_LINKED_REQUESTS = 20;

const linkedNumbers = z
  .array(
    z.string({ invalid_type_error: '诉求编号格式不正确' }).trim().regex(TICKET_NUMBER_PATTERN, '诉求编号格式不正确'),
    {
      invalid_type_error: '关联诉求格式不正确',
    },
  )
  .max(MAX_LINKED_REQUESTS, `最多关联${MAX_LINKED_REQUESTS}条诉求`)
  .refine((numbers) => new Set(numbers).size === numbers.length, '关联诉求有重复');

const incidentFields = {
  kind: z.enum(INCIDENT_KINDS, { errorMap: () => ({ message: '请选择事件类型' }) }),
  title: text(2, 50, '事件名称'),
  description: text(5, 1000, '事件经过'),
  occurredAt: instant('发生时间'),
  place: text(2, 100, '发生地点'),
  handledBy: text(2, 100, '处理人'),
  followUp: optionalText(1000, '跟进情况'),
  linkedNumbers: linkedNumbers.default([]),
};

export const createIncidentInput = z.object({ communityId, ...incidentFields }).strict();
export type CreateIncidentInput = z.input<typeof createIncidentInput>;

/** Changes to an open incident: only the fields given change (at least one). */
export const updateIncidentInput = z
  .object({
    id: recordId,
    version: z.number({ required_error: '缺少版本号' }).int().min(1),
    kind: incidentFields.kind.optional(),
    title: incidentFields.title.optional(),
    description: incidentFields.description.optional(),
    occurredAt: incidentFields.occurredAt.optional(),
    place: incidentFields.place.optional(),
    handledBy: incidentFields.handledBy.optional(),
    followUp: incidentFields.followUp,
    linkedNumbers: linkedNumbers.optional(),
  })
  .strict();
export type UpdateIncidentInput = z.input<typeof updateIncidentInput>;

export const closeIncidentInput = z
  .object({ id: recordId, version: z.number().int().min(1), followUp: text(2, 1000, '跟进情况') })
  .strict();
export type CloseIncidentInput = z.input<typeof closeIncidentInput>;

export const recordRef = z.object({ id: recordId }).strict();

export const listIncidentsInput = pageInput
  .extend({ communityId, state: z.enum(['open', 'closed', 'all']).default('all') })
  .strict();
export type ListIncidentsInput = z.input<typeof listIncidentsInput>;

const phone = z.string({ invalid_type_error: '手机号格式不正确' }).trim().regex(PHONE_PATTERN, '请填写正确的联系电话');

const lostItemFields = {
  item: text(2, 100, '物品描述'),
  foundPlace: text(2, 100, '拾获地点'),
  foundAt: instant('拾获时间'),
  finderName: text(1, 20, '拾获人'),
  finderPhone: phone.optional(),
  holder: text(2, 50, '保管人'),
  photos: photoList.default([]),
};

export const recordFoundInput = z.object({ communityId, ...lostItemFields }).strict();
export type RecordFoundInput = z.input<typeof recordFoundInput>;

export const updateFoundInput = z
  .object({
    id: recordId,
    version: z.number().int().min(1),
    item: lostItemFields.item.optional(),
    foundPlace: lostItemFields.foundPlace.optional(),
    foundAt: lostItemFields.foundAt.optional(),
    holder: lostItemFields.holder.optional(),
    photos: photoList.optional(),
  })
  .strict();
export type UpdateFoundInput = z.input<typeof updateFoundInput>;

/** Last four characters of a mainland identity card number: digits, the last may be X. */
export const ID_LAST4_PATTERN = /^\d{3}[\dX]$/;

export const claimFoundInput = z
  .object({
    id: recordId,
    version: z.number().int().min(1),
    name: text(1, 20, '认领人姓名'),
    phone: z
      .string({ required_error: '请填写认领人手机号', invalid_type_error: '手机号格式不正确' })
      .trim()
      .regex(/^1[3-9]\d{9}$/, '请填写认领人的11位手机号'),
    idLast4: z
      .string({ required_error: '请填写证件号后四位', invalid_type_error: '证件号后四位格式不正确' })
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => ID_LAST4_PATTERN.test(v), '证件号后四位格式不正确'),
    proof: text(2, 200, '核对说明'),
    identityChecked: z.literal(true, { errorMap: () => ({ message: '请先核验认领人身份证件' }) }),
  })
  .strict();
export type ClaimFoundInput = z.input<typeof claimFoundInput>;

export const disposeFoundInput = z
  .object({ id: recordId, version: z.number().int().min(1), reason: text(2, 200, '处置说明') })
  .strict();
export type DisposeFoundInput = z.input<typeof disposeFoundInput>;

export const listFoundInput = pageInput
  .extend({ communityId, state: z.enum([...LOST_ITEM_STATES, 'all']).default('unclaimed') })
  .strict();
export type ListFoundInput = z.input<typeof listFoundInput>;

export const listUnclaimedInput = pageInput;

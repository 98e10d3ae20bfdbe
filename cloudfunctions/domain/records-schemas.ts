// Input schemas of keeping and forgetting (cloud function `records`): retention years, legal holds,
// and reading the access and purge logs. Messages are Simplified Chinese because the app shows them.
import { z } from 'zod';
import { ACCESS_KINDS } from './access-log';
import { MAX_RETENTION_YEARS, MIN_RETENTION, RETENTION_KINDS, RETENTION_LABELS } from './retention';
import type { RetentionKind } from './retention';
import { TICKET_NUMBER_PATTERN, pageInput, text } from './schemas';

const yearsOf = (kind: RetentionKind) =>
  z
    .number({ required_error: `请填写${RETENTION_LABELS[kind]}的保存年限`, invalid_type_error: '保存年限须为整数' })
    .int('保存年限须为整数')
    .min(MIN_RETENTION[kind], `${RETENTION_LABELS[kind]}至少保存${MIN_RETENTION[kind]}年`)
    .max(MAX_RETENTION_YEARS, `保存年限不能超过${MAX_RETENTION_YEARS}年`);

export const saveRetentionInput = z
  .object({
    /** the version the edit was made on (0: none stored yet) */
    version: z.number({ required_error: '缺少版本号' }).int().min(0),
    years: z
      .object(
        Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, yearsOf(kind)])) as Record<
          RetentionKind,
          ReturnType<typeof yearsOf>
        >,
      )
      .strict(),
  })
  .strict();
export type SaveRetentionInput = z.input<typeof saveRetentionInput>;

const ticketNumber = z
  .string({ required_error: '请填写诉求编号', invalid_type_error: '诉求编号格式不正确' })
  .trim()
  .toUpperCase()
  .regex(TICKET_NUMBER_PATTERN, '诉求编号格式不正确');

export const setHoldInput = z.object({ number: ticketNumber, reason: text(4, 200, '保全原因') }).strict();
export type SetHoldInput = z.input<typeof setHoldInput>;

export const clearHoldInput = z.object({ number: ticketNumber, reason: text(2, 200, '解除原因') }).strict();
export type ClearHoldInput = z.input<typeof clearHoldInput>;

export const listAccessInput = pageInput.extend({ kind: z.enum(ACCESS_KINDS).optional() }).strict();
export type ListAccessInput = z.input<typeof listAccessInput>;

export const listPurgesInput = pageInput;
export const listHoldsInput = pageInput;

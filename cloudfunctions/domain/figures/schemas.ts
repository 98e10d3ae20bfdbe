// Payloads of the `report` function.
import { z } from 'zod';
import { DEPARTMENTS } from '../model';
import { isDrillFigure } from './drill';
import type { DrillFigure } from './drill';
import { isMonthKey } from './month';

const month = z.string().refine(isMonthKey, { message: '月份格式应为 2026-11' });
const communityId = z.string().min(1).max(64);

export const figuresInput = z
  .object({ communityId: communityId.optional(), month: month.optional(), department: z.enum(DEPARTMENTS).optional() })
  .strict();

export const requestsBehindInput = z
  .object({
    communityId: communityId.optional(),
    month,
    department: z.enum(DEPARTMENTS).optional(),
    figure: z
      .string()
      .max(40)
      .refine(isDrillFigure, { message: '不支持的指标' })
      .transform((f) => f as DrillFigure),
    cursor: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(50).optional(),
  })
  .strict();

export const summaryInput = z.object({ communityId: communityId.optional(), period: month.optional() }).strict();

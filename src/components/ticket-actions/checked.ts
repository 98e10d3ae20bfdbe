import { firstIssue } from '@domain/schemas';
import type { z } from 'zod';
import type { useTicket } from '../../hooks/useTicket';

export type Run = ReturnType<typeof useTicket>['run'];

/** Checks with the server's schema; answers the message to show, or the parsed input. */
export function checked<S extends z.ZodTypeAny>(schema: S, value: unknown): { input?: z.output<S>; error?: string } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { input: parsed.data } : { error: firstIssue(parsed.error).message };
}

/** 12000 fen → "¥120.00" */
export const formatYuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

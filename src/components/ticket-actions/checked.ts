// Shared by the action forms: the server's own schema checks a form before it is sent.
import type { z } from 'zod';
import { firstIssue } from '@domain/schemas';
import type { useTicket } from '../../hooks/useTicket';

export type Run = ReturnType<typeof useTicket>['run'];

/** Checks with the server's schema; answers the message to show, or the parsed input. */
export function checked<S extends z.ZodTypeAny>(schema: S, value: unknown): { input?: z.output<S>; error?: string } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { input: parsed.data } : { error: firstIssue(parsed.error).message };
}

/** An instant `hours` from now, as the server reads it. */
export const hoursFromNow = (hours: number): string => new Date(Date.now() + hours * 3_600_000).toISOString();
/** 12000 fen → "¥120.00" */
export const formatYuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

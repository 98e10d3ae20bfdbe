// Opaque page cursors: the sort field, and the sort value and _id of the last item, so the next
// page starts after it. A cursor is read back only by a listing sorted on the same field; anything
// else — forged, truncated, or taken from another listing — answers INVALID_INPUT.
import { invalidInput } from '../../domain/errors';

export interface CursorPosition {
  value: string;
  id: string;
}

/** Sort values are stored instants ("2026-11-22T15:01:00.000+08:00"); '' when the field is absent. */
const SORT_VALUE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00)?$/;
const DOCUMENT_ID = /^[\w-]{1,64}$/;

export function encodeCursor(field: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([field, position.value, position.id]), 'utf8').toString('base64url');
}

function parse(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

export function decodeCursor(field: string, cursor: string): CursorPosition {
  const parsed = parse(cursor);
  if (Array.isArray(parsed) && parsed.length === 3) {
    const [sortedOn, value, id] = parsed as unknown[];
    if (
      sortedOn === field &&
      typeof value === 'string' &&
      SORT_VALUE.test(value) &&
      typeof id === 'string' &&
      DOCUMENT_ID.test(id)
    ) {
      return { value, id };
    }
  }
  throw invalidInput('分页参数无效，请刷新后重试', 'cursor');
}

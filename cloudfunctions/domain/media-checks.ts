// An image sent to WeChat's asynchronous media check (mediaCheckAsync), waiting for its verdict:
// `_id` is WeChat's trace id, which only the server ever sees, so a pushed result can only settle
// an image the server submitted.
import type { Suggest } from './content-check';

export interface MediaCheck {
  /** WeChat's trace_id */
  id: string;
  subject: { kind: 'announcement' | 'ticket'; id: string };
  fileID: string;
  state: 'pending' | 'settled';
  result?: { suggest: Suggest; label: number };
  createdAt: string;
  settledAt?: string;
}

export interface MediaCheckPush {
  Event: 'wxa_media_check';
  trace_id: string;
  result?: { suggest?: unknown; label?: unknown };
}

export function isMediaCheckPush(event: unknown): event is MediaCheckPush {
  const e = event as { Event?: unknown; trace_id?: unknown } | null;
  return (
    !!e &&
    typeof e === 'object' &&
    e.Event === 'wxa_media_check' &&
    typeof e.trace_id === 'string' &&
    /^[\w-]{1,128}$/.test(e.trace_id)
  );
}

/** The pushed verdict; a push without one (WeChat's error) is treated as risky: never shown unchecked. */
export function verdictOf(push: MediaCheckPush): { suggest: Suggest; label: number } {
  const suggest = push.result?.suggest;
  const label = Number(push.result?.label) || 0;
  if (suggest === 'pass' || suggest === 'review') return { suggest, label };
  return { suggest: 'risky', label };
}

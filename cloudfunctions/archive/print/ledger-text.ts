// How the printed ledger and the export write times and timeline entries.
import { DEPARTMENT_LABELS, ROLE_LABELS, TIMELINE_LABELS } from '../../domain/labels';
import type { TimelineEntry } from '../../domain/model';

/** "2026-11-22T15:01:00.000+08:00" → "2026-11-22 15:01" (stored instants are China time). */
export const chinaMinute = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

export function timelineLine(entry: TimelineEntry): string {
  const who = `${entry.actor.department ? DEPARTMENT_LABELS[entry.actor.department] : ROLE_LABELS[entry.actor.role]} ${entry.actor.name}`;
  const what = [
    TIMELINE_LABELS[entry.kind],
    entry.staffName,
    entry.rating !== undefined ? `${entry.rating}星` : undefined,
    entry.toDepartment ? `转至${DEPARTMENT_LABELS[entry.toDepartment]}` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return `${chinaMinute(entry.at)} ${who}：${what}${entry.text ? `——${entry.text}` : ''}`;
}

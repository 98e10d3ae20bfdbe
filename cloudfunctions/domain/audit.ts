// Every change an administrator (or the service desk) makes to people and places is recorded:
// who, when, what, and the record before and after. Entries are written once and never changed.
import type { Actor } from './model';

export interface AuditEntry {
  id: string;
  at: string; // ISO 8601 with offset
  actor: { openid: string; name: string };
  /** what was done, `<area>.<verb>`, e.g. `community.update`, `staff.deactivate`, `register.import` */
  action: string;
  target: { kind: string; id: string };
  before?: unknown;
  after?: unknown;
  /** a short summary where before/after would be too large (an import's counts) */
  summary?: string;
}

export function auditEntry(
  id: string,
  actor: Pick<Actor, 'openid' | 'name'>,
  action: string,
  target: AuditEntry['target'],
  change: { before?: unknown; after?: unknown; summary?: string },
  atIso: string,
): AuditEntry {
  return {
    id,
    at: atIso,
    actor: { openid: actor.openid, name: actor.name },
    action,
    target,
    ...(change.before !== undefined ? { before: change.before } : {}),
    ...(change.after !== undefined ? { after: change.after } : {}),
    ...(change.summary !== undefined ? { summary: change.summary } : {}),
  };
}

// One audit entry for a change an action made (domain/audit.ts): who, when, what, before and after.
import { randomBytes } from 'crypto';
import { auditEntry } from '../domain/audit';
import { toIso } from '../domain/time';
import type { ActionContext } from './action';

export async function recordAudit(
  { caller, now, repos }: ActionContext,
  action: string,
  target: { kind: string; id: string },
  change: { before?: unknown; after?: unknown; summary?: string },
): Promise<void> {
  await repos.audit.record(auditEntry(randomBytes(16).toString('hex'), caller, action, target, change, toIso(now)));
}

// Each change to the promise settings is written to the audit log, and forgotten by this
// instance's cache so it applies here at once.
import { randomBytes } from 'crypto';
import { auditEntry } from '../domain/audit';
import { toIso } from '../domain/time';
import type { ActionContext } from '../server/action';
import { forgetSettings } from '../server/service-settings';

export async function recordChange(
  { caller, now, repos }: ActionContext,
  action: string,
  target: { kind: string; id: string },
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  forgetSettings();
  await repos.audit.record(auditEntry(randomBytes(16).toString('hex'), caller, action, target, change, toIso(now)));
}

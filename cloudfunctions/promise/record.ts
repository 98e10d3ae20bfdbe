// Each change to the promise settings is written to the audit log, and forgotten by this
// instance's cache so it applies here at once.
import type { ActionContext } from '../server/action';
import { recordAudit } from '../server/audit';
import { forgetSettings } from '../server/service-settings';

export async function recordChange(
  context: ActionContext,
  action: string,
  target: { kind: string; id: string },
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  forgetSettings();
  await recordAudit(context, action, target, change);
}

import type { RetentionSettings } from '../../domain/retention';
import { saveRetentionInput } from '../../domain/records-schemas';
import { conflict } from '../../domain/errors';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { recordAudit } from '../../server/audit';
import { retentionSettings } from '../settings';
import { pageInput } from '../../domain/schemas';
import { z } from 'zod';

/** How many years each kind of record is kept (`version: 0`: none saved, the defaults apply). Admins. 2 requests. */
export const retention = defineAction({
  schema: z.object({}).strict(),
  roles: ['admin'],
  run: (_input, { repos }): Promise<RetentionSettings> => retentionSettings(repos),
});

/**
 * Saves every kind's years, each at least its minimum, if nobody saved since `version` (CONFLICT
 * otherwise); audited as `retention.update` with the years before and after. 4 requests.
 */
export const saveRetention = defineAction({
  schema: saveRetentionInput,
  roles: ['admin'],
  async run({ version, years }, context): Promise<RetentionSettings> {
    const before = await retentionSettings(context.repos);
    if (before.version !== version) throw conflict('保存年限刚被他人修改，请刷新后重试');
    const next: RetentionSettings = {
      years,
      version: version + 1,
      updatedAt: toIso(context.now),
      updatedBy: { openid: context.caller.openid, name: context.caller.name },
    };
    if (!(await context.repos.retention.saveSettings(version, next)))
      throw conflict('保存年限刚被他人修改，请刷新后重试');
    await recordAudit(
      context,
      'retention.update',
      { kind: 'retention', id: 'company' },
      { before: before.years, after: years },
    );
    return next;
  },
});

/** The purge log, newest first: counts per kind, never what the records said. Admins. */
export const listPurges = defineAction({
  schema: pageInput,
  roles: ['admin'],
  run: ({ cursor, limit }, { repos }) => repos.retention.listPurges({ limit, ...(cursor ? { cursor } : {}) }),
});

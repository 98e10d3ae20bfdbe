import { z } from 'zod';
import type { Page } from '../../domain/api';
import type { AuditEntry } from '../../domain/audit';
import { pageInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';

export const listAuditInput = pageInput
  .extend({
    /** only the entries about this target (a user's openid, a unit's id …) */
    targetId: z
      .string({ invalid_type_error: '对象编号格式不正确' })
      .trim()
      .min(1, '对象编号格式不正确')
      .max(128, '对象编号格式不正确')
      .optional(),
  })
  .strict();

/** The audit log, newest first, a page at a time; administrators only. One database request. */
export const list = defineAction({
  schema: listAuditInput,
  roles: ['admin'],
  async run({ cursor, limit, targetId }, { repos }): Promise<Page<AuditEntry>> {
    const page = { limit, ...(cursor ? { cursor } : {}) };
    return targetId ? repos.audit.listForTarget(targetId, page) : repos.audit.list(page);
  },
});

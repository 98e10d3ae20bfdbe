import type { Page } from '@domain/api';
import type { AuditEntry } from '@domain/audit';
import { callCloud } from '../callCloud';

export const auditApi = {
  list: (input: { cursor?: string; limit?: number; targetId?: string }) =>
    callCloud<Page<AuditEntry>>('audit', { action: 'list', ...input }),
};

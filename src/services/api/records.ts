import type { Page } from '@domain/api';
import type { AccessKind, AccessLogEntry } from '@domain/access-log';
import type { HeldRequestView, PurgeLogEntry, RetentionSettings, RetentionYears } from '@domain/retention';
import { callCloud } from '../callCloud';

const paged = (cursor?: string) => ({ limit: 20, ...(cursor ? { cursor } : {}) });

/** Keeping and forgetting (cloud function `records`): administrators only. */
export const recordsApi = {
  retention: () => callCloud<RetentionSettings>('records', { action: 'retention' }),
  saveRetention: (version: number, years: RetentionYears) =>
    callCloud<RetentionSettings>('records', { action: 'saveRetention', version, years }),
  listPurges: (cursor?: string) =>
    callCloud<Page<PurgeLogEntry>>('records', { action: 'listPurges', ...paged(cursor) }),
  setHold: (number: string, reason: string) =>
    callCloud<HeldRequestView>('records', { action: 'setHold', number, reason }),
  clearHold: (number: string, reason: string) => callCloud('records', { action: 'clearHold', number, reason }),
  listHolds: (cursor?: string) =>
    callCloud<Page<HeldRequestView>>('records', { action: 'listHolds', ...paged(cursor) }),
  listAccess: (kind: AccessKind | undefined, cursor?: string) =>
    callCloud<Page<AccessLogEntry>>('records', { action: 'listAccess', ...(kind ? { kind } : {}), ...paged(cursor) }),
};

// Forgetting on time (domain/retention.ts). At night (03:00–03:59 China time) each run removes, kind
// by kind, the records past their retention — a batch at a time, found by an indexed query on the
// record's end, oldest first — their photos deleted from storage before the records themselves, so
// a run cut short leaves nothing unreachable behind. Requests under legal hold are skipped. A run
// that removed anything writes one purge-log entry with counts per kind (never content); a run
// that finds nothing writes nothing, and a warm instance then rests until the next night.
// Database requests: 1 (the settings) + per kind 1 per batch read + 1 per batch removed, + 1 count
// of held requests and 1 log entry when anything was purged.
import { randomBytes } from 'crypto';
import { RETENTION_KINDS, cutoffsOf, inPurgeWindow } from '../../domain/retention';
import type { PurgeLogEntry, RetentionKind } from '../../domain/retention';
import { chinaDayKey, toIso } from '../../domain/time';
import { COLLECTIONS } from '../../server/repositories/db';
import type { ExpiredBatch, Repositories } from '../../server/repositories/types';
import { cloudFiles } from '../../server/storage-files';
import type { FileStore } from '../../server/storage-files';
import type { Job, JobReport } from '../../server/timer-handler';
import { retentionSettings } from '../../records/settings';

/** Records read and removed per request (a request's photos: at most 9 + its resolution's and timeline's). */
export const PURGE_BATCH = 100;

/** Where each kind lives and which stored instant its retention counts from. */
const SOURCES: Record<Exclude<RetentionKind, 'requests'>, { collection: string; endField: string }> = {
  messages: { collection: COLLECTIONS.messages, endField: 'createdAt' },
  visits: { collection: COLLECTIONS.visits, endField: 'doneAt' },
  accessLog: { collection: COLLECTIONS.accessLog, endField: 'at' },
  incidents: { collection: COLLECTIONS.incidents, endField: 'closedAt' },
  lostItems: { collection: COLLECTIONS.lostItems, endField: 'closedAt' },
};

function batchOf(repos: Repositories, kind: RetentionKind, cutoff: string, limit: number): Promise<ExpiredBatch> {
  if (kind === 'requests') return repos.purge.expiredRequests(cutoff, limit);
  const { collection, endField } = SOURCES[kind];
  return repos.purge.expired(collection, endField, cutoff, limit);
}

const collectionOf = (kind: RetentionKind) => (kind === 'requests' ? COLLECTIONS.tickets : SOURCES[kind].collection);

/** `files`: cloud storage (the tests reach the local runtime's through the same SDK); `batch`: smaller in tests. */
export function purgeJob(files: () => FileStore = cloudFiles, batch = PURGE_BATCH): Job {
  /** the China day whose night's purge finished in this instance: later runs that night read nothing */
  let finishedDay = '';
  return {
    name: 'purge',
    async run({ repos, now, deadline }): Promise<JobReport> {
      const day = chinaDayKey(now);
      if (!inPurgeWindow(now) || finishedDay === day) return { purged: 0 };
      const settings = await retentionSettings(repos);
      const cutoffs = cutoffsOf(now, settings.years);
      const purged = Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, 0])) as Record<RetentionKind, number>;
      let filesGone = 0;
      let unfinished = false;
      for (const kind of RETENTION_KINDS) {
        for (;;) {
          if (Date.now() > deadline) {
            unfinished = true;
            break;
          }
          const found = await batchOf(repos, kind, cutoffs[kind], batch);
          if (found.ids.length === 0) break;
          if (found.files.length > 0) filesGone += await files().remove(found.files);
          purged[kind] += await repos.purge.remove(collectionOf(kind), found.ids);
          if (found.ids.length < batch) break;
        }
        if (unfinished) break;
      }
      const total = RETENTION_KINDS.reduce((sum, kind) => sum + purged[kind], 0);
      if (!unfinished) finishedDay = day;
      if (total === 0) return { purged: 0 };
      const entry: PurgeLogEntry = {
        id: randomBytes(12).toString('hex'),
        at: toIso(now),
        years: settings.years,
        purged,
        files: filesGone,
        held: await repos.purge.heldExpiredRequests(cutoffs.requests),
        unfinished,
      };
      await repos.retention.addPurge(entry);
      return { purged: total, files: filesGone, unfinished: unfinished ? 1 : 0 };
    },
  };
}

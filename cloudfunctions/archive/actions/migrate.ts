import { migrateArchiveInput } from '../../domain/archive-schemas';
import { creditsOf } from '../../domain/credits';
import { defineAction } from '../../server/action';
import type { MigrationBatch } from '../../server/repositories/cloud-archive';

/**
 * For requests stored before the archive: fills their search fields, the timer's alarm of an open
 * request stored before promises kept one (`alarmAt`), and writes the credits their timelines earned, one batch of `limit` (by `_id`) per call. Idempotent: run it from `after` =
 * the previous answer's `last` until `read` is 0; running it again changes nothing.
 */
export const migrate = defineAction({
  schema: migrateArchiveInput,
  roles: ['admin'],
  run(input, { repos }): Promise<MigrationBatch> {
    return repos.archive.migrateBatch(input.after, input.limit, creditsOf);
  },
});

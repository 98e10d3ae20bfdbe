// Scheduled announcements whose time has come are published (index `publish_due`: only scheduled
// ones carry `publishDueAt`). Database requests: 1 per run, + 1 write per announcement published.
import { publishNow } from '../../domain/announcements';
import { isDomainError } from '../../domain/errors';
import { toIso } from '../../domain/time';
import type { Job, JobReport } from '../../server/timer-handler';

const BATCH = 50;

export const announcementsJob: Job = {
  name: 'announcements',
  async run({ repos, now, deadline }): Promise<JobReport> {
    let published = 0;
    let conflicts = 0;
    for (;;) {
      const due = await repos.announcements.scheduledDue(toIso(now), BATCH);
      for (const announcement of due) {
        try {
          await repos.announcements.save(announcement, publishNow(announcement, now));
          published += 1;
        } catch (error) {
          // withdrawn or changed meanwhile: the next run sees what it is now
          if (!isDomainError(error) || error.code !== 'CONFLICT') throw error;
          conflicts += 1;
        }
      }
      if (due.length < BATCH || conflicts > 0 || Date.now() > deadline) return { published, conflicts };
    }
  },
};

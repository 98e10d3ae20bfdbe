// The promises job: warns handlers before a promise is due, marks missed promises and escalates
// them (head, then manager or leadership). It reads only the requests whose alarm has come, through
// the `alarmAt` index, a batch at a time, until none is left or the run's budget is spent; each
// change is one conditional write on the request's version, so a second run (even one running at
// the same time) finds the alarm moved on, or loses the write, and does nothing twice.
// Database requests: one read per batch of BATCH, one write per request acted on, and one read of
// the calendar (when the instance has none cached) to report a year whose official dates are missing.
import { reviewPromise } from '../../domain/escalation';
import { DomainError } from '../../domain/errors';
import { toIso } from '../../domain/time';
import type { Job } from '../../server/timer-handler';
import { loadCalendar, yearsMissing } from '../../server/service-settings';

export const BATCH = 100;

/** The years last warned about by this instance: the log says it once, not every minute. */
let warnedAbout = '';

export const promisesJob: Job = {
  name: 'promises',
  async run({ repos, now, deadline }) {
    const counts = { read: 0, warned: 0, escalated: 0, conflicts: 0, calendarYearsMissing: 0 };
    const missing = yearsMissing(await loadCalendar(repos, now), now);
    counts.calendarYearsMissing = missing.length;
    if (missing.length && missing.join() !== warnedAbout)
      console.warn(`[timer promises] 工作日历缺少${missing.join('、')}年的国务院放假安排，请管理员录入`);
    warnedAbout = missing.join();

    const nowIso = toIso(now);
    const skipped = new Set<string>();
    while (Date.now() < deadline) {
      const due = await repos.tickets.alarmsDue(nowIso, BATCH);
      counts.read += due.length;
      const fresh = due.filter((t) => !skipped.has(t.id));
      for (const ticket of fresh) {
        if (Date.now() >= deadline) break;
        const review = reviewPromise(ticket, now);
        if (!review) {
          skipped.add(ticket.id);
          continue;
        }
        try {
          await repos.tickets.save(ticket, review.ticket, review.effects);
          if (review.warned) counts.warned += 1;
          counts.escalated += review.escalated.length;
        } catch (error) {
          // someone changed it meanwhile (a command, another run): the next run looks again
          if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
          counts.conflicts += 1;
          skipped.add(ticket.id);
        }
      }
      if (due.length < BATCH || fresh.length === 0) break;
    }
    return counts;
  },
};

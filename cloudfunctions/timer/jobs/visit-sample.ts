// The weekly return visit sample of closed repairs (domain/visit-sample.ts has the rule). From
// Monday 09:00 China time, the first run draws the week before: it reads that week's closed
// repairs, plans a visit for the picked ones and writes the week's record (rule, share, candidates,
// picks). The record is the marker: a week with one is never drawn again, and two runs at once
// plan the same visit ids, so nothing is written twice.
// Database requests: 1 per run (is the week drawn?; none once this instance knows), and on the run
// that draws: 1 per 1,000 closed repairs, 1 for the visits, 1 for the record.
import { toIso } from '../../domain/time';
import { SAMPLE_RULE, pickSample, previousWeek, sampleDue } from '../../domain/visit-sample';
import type { VisitSampleRecord } from '../../domain/visit-sample';
import { DEFAULT_VISIT_SETTINGS, newVisit, sampleVisitId } from '../../domain/visits';
import type { VisitSettings } from '../../domain/visits';
import { CLOSED_REPAIRS_PAGE } from '../../server/repositories/cloud-visits';
import type { ClosedRepair } from '../../server/repositories/types';
import type { Job, JobReport } from '../../server/timer-handler';

/** `pageSize`: closed repairs read per request (smaller only in tests, to walk the pages). */
export function visitSampleJob(settings: VisitSettings = DEFAULT_VISIT_SETTINGS, pageSize = CLOSED_REPAIRS_PAGE): Job {
  /** The last week this job saw drawn: later runs in a warm instance read nothing. */
  let drawnWeek = '';
  return {
    name: 'visitSample',
    async run({ repos, now, deadline }): Promise<JobReport> {
      if (!sampleDue(now)) return { drawn: 0 };
      const week = previousWeek(now);
      if (drawnWeek === week.key || (await repos.visits.sample(week.key))) {
        drawnWeek = week.key;
        return { drawn: 0 };
      }
      const closed: ClosedRepair[] = [];
      for (;;) {
        // a week too large for one run is drawn by the next (nothing is written before the end)
        if (Date.now() > deadline) return { drawn: 0, unfinished: 1 };
        const last = closed[closed.length - 1];
        const page = await repos.visits.closedRepairs(
          week.start,
          week.end,
          pageSize,
          last ? { updatedAt: last.updatedAt, id: last.id } : undefined,
        );
        closed.push(...page);
        if (page.length < pageSize) break;
      }
      const share = settings.repairSampleShare;
      const communities = pickSample(week.key, share, closed);
      const byId = new Map(closed.map((t) => [t.id, t]));
      const at = toIso(now);
      const visits = communities.flatMap((c) =>
        c.picked.map((id) => {
          const ticket = byId.get(id) as ClosedRepair;
          return newVisit(
            { ...ticket, category: 'repair' },
            'sample',
            sampleVisitId(week.key, id),
            at,
            settings,
            week.key,
          );
        }),
      );
      const planned = await repos.visits.planMany(visits);
      const record: VisitSampleRecord = {
        id: week.key,
        week,
        share,
        rule: SAMPLE_RULE,
        at,
        candidates: closed.length,
        picked: visits.length,
        communities,
      };
      await repos.visits.recordSample(record);
      drawnWeek = week.key;
      return { drawn: 1, candidates: closed.length, planned };
    },
  };
}

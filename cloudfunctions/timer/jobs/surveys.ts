// The survey schedule (domain/surveys/schedule.ts). From the 1st of a month, China time, the first
// run opens each community's surveys its settings schedule for that month (ids derived from
// community, kind and month: a second run, or two at once, open nothing twice); then, for the
// surveys whose `timerAt` has come, it writes their messages a batch at a time and closes them at
// their end. A community too large for one run's budget is finished by the next runs.
// Database requests: none for the schedule once this instance has opened the month (else 3: the
// communities, their settings, which surveys exist; and per survey opened 1 + 1 per 1,000 units
// + 1 or 2 writes); 1 per run for the surveys due; per batch of NOTIFY_BATCH people 3; per close 1.
import { SURVEY_TEMPLATES } from '../../domain/surveys/templates';
import { monthOf, scheduledKinds, scheduledSurveyId } from '../../domain/surveys/schedule';
import { settingsOf } from '../../domain/surveys/settings';
import { closeSurvey, newSurvey } from '../../domain/surveys/survey';
import type { Survey } from '../../domain/surveys/survey';
import { toIso } from '../../domain/time';
import type { Repositories } from '../../server/repositories/types';
import { NOTIFY_BATCH, isConflict, notifyNextBatch, openDraft } from '../../server/surveys';
import type { Job, JobContext, JobReport } from '../../server/timer-handler';

const DUE_BATCH = 20;
const SCHEDULE = { openid: 'schedule', name: '定时发布' };

/** Opens this month's scheduled surveys; false when the budget ran out first. */
async function openScheduled(repos: Repositories, now: Date, deadline: number, counts: JobReport) {
  const month = monthOf(now);
  const [communities, stored] = await Promise.all([repos.places.communities(), repos.surveys.allSettings()]);
  const due = communities.flatMap((community) => {
    const settings = settingsOf(stored.get(community.id));
    return scheduledKinds(settings, month.month).map((kind) => ({
      community,
      kind,
      settings,
      id: scheduledSurveyId(community.id, kind, month.key),
    }));
  });
  const existing = await repos.surveys.existing(due.map((d) => d.id));
  for (const { community, kind, settings, id } of due) {
    if (Date.now() >= deadline) return false;
    const status = existing.get(id);
    if (status && status !== 'draft') continue;
    // a draft left by a run that stopped before opening it is opened now
    const draft = status
      ? await repos.surveys.get(id)
      : newSurvey(
          {
            id,
            communityId: community.id,
            communityName: community.name,
            kind,
            title: `${month.key.slice(0, 4)}年${month.month}月${SURVEY_TEMPLATES[kind].title}`,
            questions: SURVEY_TEMPLATES[kind].questions,
            createdBy: SCHEDULE,
            scheduledMonth: month.key,
          },
          settings,
          now,
        );
    if (!draft || (!status && (await repos.surveys.create(draft)) === 'exists')) continue;
    try {
      await openDraft(repos, draft, now);
      counts.opened += 1;
    } catch (error) {
      // another run opened it meanwhile; a community with no units yet waits for them
      if (!isConflict(error)) throw error;
    }
  }
  return true;
}

/** One step for a survey whose time has come: its next batch of messages, or closing it. */
async function step(repos: Repositories, survey: Survey, now: Date, counts: JobReport, batch: number) {
  if (survey.status === 'open' && survey.notify && !survey.notify.done) {
    counts.notified += (await notifyNextBatch(repos, survey, now, batch)).sent;
  } else if (survey.status === 'open' && survey.closesAt && survey.closesAt <= toIso(now)) {
    await repos.surveys.save(survey, closeSurvey(survey, now));
    counts.closed += 1;
  } else {
    return false;
  }
  return true;
}

/** `batch`: people told per step (smaller only in tests, to walk the batches). */
export function surveysJob(batch = NOTIFY_BATCH): Job {
  /** The month this instance opened all scheduled surveys of: later runs read nothing for it. */
  let openedMonth = '';
  return {
    name: 'surveys',
    async run({ repos, now, deadline }: JobContext): Promise<JobReport> {
      const counts: JobReport = { opened: 0, notified: 0, closed: 0 };
      const month = monthOf(now).key;
      if (openedMonth !== month && (await openScheduled(repos, now, deadline, counts))) openedMonth = month;

      const skipped = new Set<string>();
      while (Date.now() < deadline) {
        const due = (await repos.surveys.timerDue(toIso(now), DUE_BATCH)).filter((s) => !skipped.has(s.id));
        if (due.length === 0) break;
        for (const survey of due) {
          if (Date.now() >= deadline) break;
          try {
            if (!(await step(repos, survey, now, counts, batch))) skipped.add(survey.id);
          } catch (error) {
            // someone changed it meanwhile (an admin closed it, another run): the next read sees it
            if (!isConflict(error)) throw error;
            skipped.add(survey.id);
          }
        }
      }
      return counts;
    },
  };
}

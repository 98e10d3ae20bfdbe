// The edge of a function run by its timer trigger: nobody calls it. A call from a client (it comes
// with an OPENID) is refused, so no owner can run the company's timers. Each job gets what is left
// of the run's budget; one job failing is logged and never stops the jobs after it.
import type { ApiResult } from '../domain/api';
import { DomainError } from '../domain/errors';
import { callerOpenid, wxCloud } from './cloud';
import { createRepositories } from './repositories';
import type { Repositories } from './repositories/types';

export interface JobContext {
  repos: Repositories;
  now: Date;
  /** epoch ms by which the job must stop taking new work (the rest waits for the next run) */
  deadline: number;
}

/** What a job did, as counts (`{ carriedOut: 3, parked: 0 }`), for the run's log and the tests. */
export type JobReport = Record<string, number>;

export interface Job {
  name: string;
  run(context: JobContext): Promise<JobReport>;
}

export interface TimerHandlerOptions {
  repositories?: () => Repositories;
  clock?: () => Date;
  /** ms of each run given to the jobs (the function's timeout less a margin) */
  budgetMs?: number;
  log?: (message: string, error: unknown) => void;
}

export type TimerRunReport = Record<string, JobReport | { error: string }>;

export function createTimerHandler(jobs: Job[], options: TimerHandlerOptions = {}) {
  const repositories = options.repositories ?? (() => createRepositories(wxCloud().database()));
  const clock = options.clock ?? (() => new Date());
  const budgetMs = options.budgetMs ?? 20_000;
  const log = options.log ?? ((message, error) => console.error(message, error));

  return async function main(event: unknown): Promise<ApiResult<TimerRunReport>> {
    const trigger = event as { Type?: unknown } | null;
    if (callerOpenid() || trigger?.Type !== 'Timer') {
      const error = new DomainError('FORBIDDEN', '定时任务不可直接调用');
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    const repos = repositories();
    const started = Date.now();
    const report: TimerRunReport = {};
    for (const job of jobs) {
      try {
        report[job.name] = await job.run({ repos, now: clock(), deadline: started + budgetMs });
      } catch (error) {
        log(`[timer ${job.name}] failed`, error);
        report[job.name] = { error: error instanceof Error ? error.message : String(error) };
      }
    }
    return { ok: true, data: report };
  };
}

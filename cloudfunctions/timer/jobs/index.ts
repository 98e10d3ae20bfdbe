// The jobs of each timer run, in order: the promises first (warnings and escalations record their
// notices as effects), then the effects (so those notices go out in the same run, with whatever
// commands left), then the weekly return-visit sample, then the month's figures and the complaint
// summary.
import type { Job } from '../../server/timer-handler';
import { effectsJob } from './effects';
import { figuresJob } from './figures';
import { promisesJob } from './promises';
import { visitSampleJob } from './visit-sample';

export const JOBS: Job[] = [promisesJob, effectsJob, visitSampleJob(), figuresJob()];

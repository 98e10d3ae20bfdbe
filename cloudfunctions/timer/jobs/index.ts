// The jobs of each timer run, in order: effects first (what commands asked for), then the jobs that
// write new effects, which the next run — or their own prompt pass — carries out.
import type { Job } from '../../server/timer-handler';
import { promisesJob } from './promises';

export const JOBS: Job[] = [promisesJob];

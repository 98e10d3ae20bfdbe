// The jobs of each timer run, in order: the promises first (warnings and escalations record their
// notices as effects), then the effects (so those notices go out in the same run, with whatever
// commands left), then the weekly return-visit sample, the survey schedule, scheduled announcements,
// the outage notices' subscription messages (an outage published this minute starts at once), the
// month's figures and the complaint summary, and (at night) the purge of what is past its retention.
import type { Job } from '../../server/timer-handler';
import { announcementsJob } from './announcements';
import { effectsJob } from './effects';
import { figuresJob } from './figures';
import { outageDeliveryJob } from './outage-delivery';
import { promisesJob } from './promises';
import { surveysJob } from './surveys';
import { visitSampleJob } from './visit-sample';
import { purgeJob } from './purge';

export const JOBS: Job[] = [
  promisesJob,
  effectsJob,
  visitSampleJob(),
  surveysJob(),
  announcementsJob,
  outageDeliveryJob(),
  figuresJob(),
  purgeJob(),
];

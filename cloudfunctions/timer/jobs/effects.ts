// The effects commands recorded and the prompt pass did not carry out (no time left, a failure to
// retry, a run stopped midway): swept every minute. See server/effects/dispatcher.ts.
import { dispatchDue } from '../../server/effects/dispatcher';
import type { Job } from '../../server/timer-handler';

export const effectsJob: Job = {
  name: 'effects',
  run: ({ repos, now, deadline }) => dispatchDue(repos, now, deadline).then((report) => ({ ...report })),
};

// Cloud function `records`: keeping and forgetting. Administrators set how long each kind of record
// is kept, place and release legal holds on requests, and read the access log and the purge log.
// Neither log has an action that writes: entries are appended by the functions that show or export
// personal data (server/access-log.ts) and by the timer's purge (timer/jobs/purge.ts).
import { createHandler } from '../server/handler';
import { listAccess } from './actions/access';
import { clearHold, listHolds, setHold } from './actions/holds';
import { listPurges, retention, saveRetention } from './actions/retention';

export const main = createHandler({ retention, saveRetention, listPurges, setHold, clearHold, listHolds, listAccess });

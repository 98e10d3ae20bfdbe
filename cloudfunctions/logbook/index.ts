// Cloud function `logbook`: the registers staff keep (policy 002 §4.6, §4.10) — major incidents
// (重大（突发）事件处理记录表) and found property (失物招领登记表) — and the unclaimed items owners browse.
import { createHandler } from '../server/handler';
import { closeIncident, createIncident, getIncident, listIncidents, updateIncident } from './actions/incidents';
import {
  claimFound,
  disposeFound,
  getFound,
  listFound,
  listUnclaimed,
  recordFound,
  updateFound,
} from './actions/lost-items';

export const main = createHandler({
  createIncident,
  getIncident,
  updateIncident,
  closeIncident,
  listIncidents,
  recordFound,
  getFound,
  updateFound,
  claimFound,
  disposeFound,
  listFound,
  listUnclaimed,
});

// Cloud function `survey`: satisfaction surveys and the yearly opinion survey. Admins and managers
// create them from a template, open and close them; they, the service desk and leadership read the
// results and the answers that raised a problem, which the service desk turns into requests; owners
// read and answer the surveys that reached their homes, once each. Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { answer } from './actions/answer';
import { close } from './actions/close';
import { create } from './actions/create';
import { get } from './actions/get';
import { list } from './actions/list';
import { mine } from './actions/mine';
import { open } from './actions/open';
import { problems } from './actions/problems';
import { results } from './actions/results';
import { saveSettings, settings } from './actions/settings';
import { toRequest } from './actions/to-request';

export const main = createHandler({
  create,
  open,
  close,
  list,
  results,
  problems,
  toRequest,
  settings,
  saveSettings,
  mine,
  get,
  answer,
});

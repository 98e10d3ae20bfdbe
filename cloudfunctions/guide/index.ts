// Cloud function `guide`: each community's service guide (服务指南) and frequent questions, read by
// owners and kept by admins, and the count of consultations the FAQ answered. Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { removeEntry, saveEntry } from './actions/edit';
import { get } from './actions/get';
import { recordFaq } from './actions/record';
import { deflection } from './actions/report';

export const main = createHandler({ get, saveEntry, removeEntry, recordFaq, deflection });

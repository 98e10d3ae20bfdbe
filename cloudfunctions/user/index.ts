// Cloud function `user`: who the caller is. Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { me } from './actions/me';

export const main = createHandler({ me });

// Cloud function `message`: the in-app messages (消息) each person reads, and the effects parked
// after failing too often, which administrators see and retry. Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { list } from './actions/list';
import { listParked } from './actions/list-parked';
import { markRead } from './actions/mark-read';
import { retryParked } from './actions/retry-parked';
import { unread } from './actions/unread';

export const main = createHandler({ list, unread, markRead, listParked, retryParked });

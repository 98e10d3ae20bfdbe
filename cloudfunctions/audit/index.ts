// Cloud function `audit`: administrators read the log of changes to people and places. It has no
// action that writes: entries are appended only by the actions that make the changes.
import { createHandler } from '../server/handler';
import { list } from './actions/list';

export const main = createHandler({ list });

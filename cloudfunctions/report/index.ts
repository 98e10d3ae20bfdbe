// Cloud function `report`: the month's figures (报表), their 12-month trend, the requests behind a
// figure, and the monthly complaint summary. Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { makeSummary, summary } from './actions/complaint-summary';
import { figures } from './actions/figures';
import { requestsBehind } from './actions/requests-behind';
import { trend } from './actions/trend';

export const main = createHandler({ figures, trend, requestsBehind, makeSummary, summary });

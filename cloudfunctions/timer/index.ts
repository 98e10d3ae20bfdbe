// Cloud function `timer`: what the company's policies make happen without anyone watching, run by
// its trigger every minute (config.json). Each job is a module in jobs/, run in this order.
import { createTimerHandler } from '../server/timer-handler';
import { JOBS } from './jobs';

export const main = createTimerHandler(JOBS);

// Cloud function `subscription`: WeChat subscription messages (订阅消息) — recording what a person
// accepted in WeChat's prompt (each accept allows one message), their grants left, and for staff
// every message sent about a request. Sending itself is the effect dispatcher's (server/effects).
// Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { mine } from './actions/mine';
import { record } from './actions/record';
import { sendsOfTicket } from './actions/sends-of-ticket';

export const main = createHandler({ record, mine, sendsOfTicket });

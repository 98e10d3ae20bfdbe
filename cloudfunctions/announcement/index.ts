// Cloud function `announcement`: the service desk and the group admins write a community's
// announcements (checked by WeChat's content security before any owner sees them); owners read
// them on 首页 and from cards shared into their WeChat groups. Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { feed } from './actions/feed';
import { get } from './actions/get';
import { list } from './actions/list';
import { pin } from './actions/pin';
import { publish } from './actions/publish';
import { read } from './actions/read';
import { save } from './actions/save';
import { stats } from './actions/stats';
import { withdraw } from './actions/withdraw';

export const main = createHandler({ save, publish, pin, withdraw, list, get, stats, feed, read });

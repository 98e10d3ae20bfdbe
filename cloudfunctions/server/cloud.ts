// The one place that initialises wx-server-sdk: the environment the function runs in.
import cloud = require('wx-server-sdk');

let initialised = false;

export function wxCloud(): typeof cloud {
  if (!initialised) {
    // the SDK accepts this symbol at run time, but its typings only declare string env ids
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
    initialised = true;
  }
  return cloud;
}

export type Database = ReturnType<typeof cloud.database>;

/** The caller's OPENID as WeChat vouches for it (never read from the event); empty when none. */
export function callerOpenid(): string {
  const openid: unknown = wxCloud().getWXContext().OPENID;
  return typeof openid === 'string' ? openid : '';
}

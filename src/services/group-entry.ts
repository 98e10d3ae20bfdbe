// Which WeChat group an announcement card was opened from. Opened from a group, the app's enter
// options carry a shareTicket, and getGroupEnterInfo answers a cloudID that the function receives decoded (its opengid) when
// passed as `wx.cloud.CloudID(cloudID)` at the top of callFunction's data. The browser build has
// no WeChat group: `?group=<id>` on the page opens it "as if from group <id>" (the local cloud
// decodes `local-group:<id>` the same way).
import Taro from '@tarojs/taro';
import { isH5 } from './platform';

export async function groupOfEntry(query: Record<string, string | undefined>): Promise<unknown> {
  if (isH5) {
    const group = query.group;
    return group && /^[A-Za-z0-9_-]{1,64}$/.test(group) ? { cloudID: `local-group:${group}` } : undefined;
  }
  if (!Taro.getEnterOptionsSync().shareTicket) return undefined;
  try {
    const info = (await Taro.getGroupEnterInfo({})) as { cloudID?: string };
    return info.cloudID ? Taro.cloud.CloudID(info.cloudID) : undefined;
  } catch {
    // the page still opens; the read counts without its group
    return undefined;
  }
}

// Who writes which community's announcements, checked on the server for every writer's action.
import type { Announcement } from '../domain/announcements';
import { assertWriter } from '../domain/announcements';
import { forbidden, invalidInput, notFound } from '../domain/errors';
import type { ActionContext } from '../server/action';

/** The announcement, if the caller writes for its community (else NOT_FOUND, as for one that does not exist). */
export async function loadForWriter({ caller, repos }: ActionContext, id: string): Promise<Announcement> {
  const announcement = await repos.announcements.get(id);
  if (!announcement) throw notFound('公告不存在或您无权查看');
  assertWriter(caller, announcement);
  return announcement;
}

/** The community a writer means: the one named (theirs), or their only one. */
export function writerCommunity({ caller }: ActionContext, named?: string): string {
  const ids = caller.communityIds ?? (caller.communityId ? [caller.communityId] : []);
  if (named !== undefined) {
    if (!ids.includes(named)) throw forbidden('您不负责该小区的公告');
    return named;
  }
  if (ids.length === 0) throw forbidden('您尚未负责任何小区');
  if (ids.length > 1) throw invalidInput('请选择小区', 'communityId');
  return ids[0];
}

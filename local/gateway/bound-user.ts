/**
 * Whether an openid belongs to a bound user of the app: its `users` document (`_id` = openid) has
 * at least one role. One lookup by `_id` in the local database the runtime holds.
 */
import type { LocalDatabase } from '../database';

export const USERS_COLLECTION = 'users';

export async function isBoundUser(database: Pick<LocalDatabase, 'handle'>, openid: string): Promise<boolean> {
  const answer = await database.handle('database.getDocument', {
    collectionName: USERS_COLLECTION,
    query: { _id: openid },
    projection: { roles: true },
    limit: 1,
  });
  // An error answer (e.g. no users collection yet in a fresh data folder) means nobody is bound.
  const list = (answer as { data?: { list?: unknown[] } }).data?.list;
  if (!Array.isArray(list) || typeof list[0] !== 'string') return false;
  const { roles } = JSON.parse(list[0]) as { roles?: unknown };
  return Array.isArray(roles) && roles.length > 0;
}

// One keyset page of a collection, newest first on a stored instant: the filter, then after the
// cursor's (value, _id), `limit + 1` read to know whether more follow. One database request.
import type { Page } from '../../domain/api';
import type { Database } from '../cloud';
import { decodeCursor, encodeCursor } from './cursor';
import { find } from './db';
import type { StoredDoc } from './db';
import type { PageRequest } from './types';

export async function newestFirst(
  db: Database,
  collection: string,
  filter: Record<string, unknown>,
  field: string,
  page: PageRequest,
): Promise<Page<StoredDoc>> {
  const _ = db.command;
  const where = page.cursor
    ? (() => {
        const after = decodeCursor(field, page.cursor);
        const keyset = _.or({ [field]: _.lt(after.value) }, { [field]: after.value, _id: _.lt(after.id) });
        return Object.keys(filter).length > 0 ? _.and(filter, keyset) : keyset;
      })()
    : filter;
  const docs = await find(
    db
      .collection(collection)
      .where(where)
      .orderBy(field, 'desc')
      .orderBy('_id', 'desc')
      .limit(page.limit + 1),
  );
  const items = docs.slice(0, page.limit);
  const last = items[items.length - 1];
  const value = last
    ? field
        .split('.')
        .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as StoredDoc)[key] : undefined), last)
    : undefined;
  return {
    items,
    ...(docs.length > page.limit && last && typeof value === 'string'
      ? { nextCursor: encodeCursor(field, { value, id: last._id }) }
      : {}),
  };
}

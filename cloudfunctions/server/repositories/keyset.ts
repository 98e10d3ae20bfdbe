// Keyset paging on (order field, _id): each page starts after the last item of the one before, so
// a page costs the same wherever it is and nothing is skipped or repeated while requests arrive.
import type { Database } from '../cloud';
import { decodeCursor, encodeCursor } from './cursor';
import { find } from './db';
import type { Collection, StoredDoc } from './db';
import type { Page } from '../../domain/api';
import type { PageRequest } from './types';

export interface KeysetOrder {
  field: string;
  direction: 'asc' | 'desc';
}

const valueAt = (doc: StoredDoc, path: string): string => {
  const found = path
    .split('.')
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), doc);
  return typeof found === 'string' ? found : '';
};

/** One page of `condition` in `order` (then `_id`), `fields` projected; one database request. */
export async function readKeysetPage(
  db: Database,
  collection: Collection,
  condition: Record<string, unknown>,
  order: KeysetOrder,
  page: PageRequest,
  fields?: Record<string, boolean>,
): Promise<{ docs: StoredDoc[]; nextCursor?: string }> {
  const _ = db.command;
  const beyond = (value: string) => (order.direction === 'desc' ? _.lt(value) : _.gt(value));
  let where: Parameters<Collection['where']>[0] = condition;
  if (page.cursor) {
    const after = decodeCursor(order.field, page.cursor);
    const keyset = _.or({ [order.field]: beyond(after.value) }, { [order.field]: after.value, _id: beyond(after.id) });
    where = Object.keys(condition).length > 0 ? _.and(condition, keyset) : keyset;
  }
  let query = collection
    .where(where)
    .orderBy(order.field, order.direction)
    .orderBy('_id', order.direction)
    .limit(page.limit + 1);
  if (fields) query = query.field(fields);
  const found = await find(query);
  const docs = found.slice(0, page.limit);
  const last = docs[docs.length - 1];
  return {
    docs,
    ...(found.length > page.limit && last
      ? { nextCursor: encodeCursor(order.field, { value: valueAt(last, order.field), id: last._id }) }
      : {}),
  };
}

/** One page of a collection newest first on a stored instant (then `_id`); one database request. */
export async function newestFirst(
  db: Database,
  collection: string,
  filter: Record<string, unknown>,
  field: string,
  page: PageRequest,
): Promise<Page<StoredDoc>> {
  const { docs, nextCursor } = await readKeysetPage(
    db,
    db.collection(collection),
    filter,
    { field, direction: 'desc' },
    page,
  );
  return { items: docs, ...(nextCursor ? { nextCursor } : {}) };
}

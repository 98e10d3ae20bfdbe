// Changes made straight in the local database, for states the functions cannot reach on their own
// (a promise long past, a person with two roles, a damaged document).
import type { FunctionsCloud } from '../../support/functions-cloud';

export async function setFields(
  c: FunctionsCloud,
  collection: string,
  id: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const answer = await c.cloud.database.handle('database.modifyDocument', {
    collectionName: collection,
    query: JSON.stringify({ _id: id }),
    data: JSON.stringify({ $set: fields }),
    multi: false,
  });
  if ('code' in answer) throw new Error(JSON.stringify(answer));
}

const COLLECTIONS = ['tickets', 'ticket_effects', 'counters', 'users', 'units', 'communities'];

/** Every collection the functions write, as one string: equal snapshots mean nothing was written. */
export async function snapshotAll(c: FunctionsCloud): Promise<string> {
  return JSON.stringify(await Promise.all(COLLECTIONS.map((name) => c.documents(name))));
}

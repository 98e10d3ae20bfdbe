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

const COLLECTIONS = ['tickets', 'counters', 'users', 'units', 'communities'];

/** Every collection the functions write, as one string: equal snapshots mean nothing was written. */
export async function snapshotAll(c: FunctionsCloud): Promise<string> {
  return JSON.stringify(await Promise.all(COLLECTIONS.map((name) => c.documents(name))));
}

export interface StoredEffect {
  key: string;
  type: string;
  at: string;
  state: string;
}

/** The effects still to be carried out, as the request's own document holds them. */
export async function pendingEffectsOf(c: FunctionsCloud, ticketId: string): Promise<StoredEffect[]> {
  const [ticket] = (await c.documents('tickets')).filter((t) => t._id === ticketId);
  if (!ticket) throw new Error(`no ticket ${ticketId}`);
  return (ticket.pendingEffects as StoredEffect[] | undefined) ?? [];
}

/** The in-app messages written about a request, in the order of their keys (version, then effect). */
export async function messagesAbout(c: FunctionsCloud, ticketId: string): Promise<Array<Record<string, unknown>>> {
  const key = (m: Record<string, unknown>) => String(m._id).split('-').slice(-2).map(Number);
  return (await c.documents('messages'))
    .filter((m) => m.ticketId === ticketId)
    .sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}

// The first administrator, over cloud.database(). Whether a deployment has its administrator is
// one scalar document (`counters/setup.firstAdmin`, whose `holder` is that administrator): roles
// are an array, and an array field is not a key an index of the local database serves. The claim
// reads and writes that document inside a transaction, so of two simultaneous claims the second
// commit conflicts, is retried, and then finds the first administrator.
import type { AuditEntry } from '../../domain/audit';
import type { User } from '../../domain/model';
import type { Database } from '../cloud';
import { COLLECTIONS, toStored } from './db';
import type { AdminSetupRepository } from './types';

const LOCK_ID = 'setup.firstAdmin';

function toUser(openid: string, doc: Record<string, unknown> | null): User | null {
  if (!doc) return null;
  const { _id: _ignored, ...rest } = doc;
  const stored = rest as unknown as Omit<User, 'openid'>;
  return { ...stored, openid, roles: Array.isArray(stored.roles) ? stored.roles : [], units: stored.units ?? [] };
}

interface DocumentRef {
  get(): Promise<unknown>;
  set(options: { data: Record<string, unknown> }): Promise<unknown>;
}

/** A document `get` answers `{ data }`; a missing document is an error in the cloud, null locally. */
async function getOrNull(ref: DocumentRef): Promise<Record<string, unknown> | null> {
  try {
    const answer = (await ref.get()) as { data?: Record<string, unknown> | null };
    return answer.data ?? null;
  } catch (error) {
    const text = `${(error as { errMsg?: unknown })?.errMsg ?? ''} ${(error as { message?: unknown })?.message ?? ''}`;
    if (/not exist|-502002|DOCUMENT_NOT_FOUND/i.test(text)) return null;
    throw error;
  }
}

export class CloudAdminSetupRepository implements AdminSetupRepository {
  constructor(private readonly db: Database) {}

  async claim(
    openid: string,
    makeAdmin: (before: User | null) => { after: User; entry: AuditEntry },
  ): Promise<boolean> {
    const claimed: unknown = await this.db.runTransaction(async (tx: Database) => {
      const lock = tx.collection(COLLECTIONS.counters).doc(LOCK_ID) as unknown as DocumentRef;
      if (await getOrNull(lock)) return false;
      const userRef = tx.collection(COLLECTIONS.users).doc(openid) as unknown as DocumentRef;
      const { after, entry } = makeAdmin(toUser(openid, await getOrNull(userRef)));
      const { openid: _self, ...stored } = JSON.parse(JSON.stringify(after)) as User;
      await lock.set({ data: { holder: openid, at: entry.at } });
      await userRef.set({ data: stored });
      await tx.collection(COLLECTIONS.auditLog).add({ data: toStored(entry) });
      return true;
    });
    return claimed === true;
  }

  async markClaimed(openid: string, atIso: string): Promise<void> {
    await this.db
      .collection(COLLECTIONS.counters)
      .doc(LOCK_ID)
      .set({ data: { holder: openid, at: atIso } });
  }
}

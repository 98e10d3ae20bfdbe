// Subscription messages over cloud.database(): the quota ledger (`subscription_quota`, one document
// per person × template id), the record of every message to every person (`subscription_sends`,
// its id from what caused it, so carrying that out again finds it), and the people of an audience.
import { audienceKeysOf } from '../../domain/messages';
import type { User } from '../../domain/model';
import { ledgerId } from '../../domain/subscription-ledger';
import type { SendRecord } from '../../domain/subscription-ledger';
import type { Database } from '../cloud';
import { COLLECTIONS, find, fromStored, isDuplicateKey, toStored, updated } from './db';
import type { StoredDoc } from './db';
import type { QuotaEntry, SubscriptionRepository } from './types';

/** An audience is a department, a role of a community or the company's leadership: never more people. */
const MAX_AUDIENCE = 200;

const entryOf = (doc: StoredDoc): QuotaEntry => {
  const { _id, ...rest } = doc;
  void _id;
  return rest as unknown as QuotaEntry;
};

const userOf = (doc: StoredDoc): User => {
  const { _id, ...rest } = doc;
  return { ...(rest as Omit<User, 'openid'>), openid: _id, units: [] };
};

export class CloudSubscriptionRepository implements SubscriptionRepository {
  constructor(private readonly db: Database) {}

  private get quota() {
    return this.db.collection(COLLECTIONS.subscriptionQuota);
  }

  private get sendRecords() {
    return this.db.collection(COLLECTIONS.subscriptionSends);
  }

  async grant(openid: string, templateIds: string[], nowIso: string): Promise<void> {
    const _ = this.db.command;
    const more = { remaining: _.inc(1), accepted: _.inc(1), updatedAt: nowIso };
    await Promise.all(
      templateIds.map(async (templateId) => {
        const where = this.quota.where({ _id: ledgerId(openid, templateId) });
        if ((await updated(where, more)) === 1) return;
        try {
          await this.quota.add({
            data: {
              _id: ledgerId(openid, templateId),
              openid,
              templateId,
              remaining: 1,
              accepted: 1,
              spent: 0,
              updatedAt: nowIso,
            },
          });
        } catch (error) {
          // the same person's other prompt created it meanwhile
          if (!isDuplicateKey(error)) throw error;
          await updated(where, more);
        }
      }),
    );
  }

  async quotaOf(openid: string, templateIds: string[]): Promise<QuotaEntry[]> {
    if (templateIds.length === 0) return [];
    const _ = this.db.command;
    const ids = templateIds.map((id) => ledgerId(openid, id));
    const docs = await find(this.quota.where({ _id: _.in(ids) }).limit(ids.length));
    return docs.map(entryOf);
  }

  async spend(openid: string, templateId: string, nowIso: string): Promise<boolean> {
    const _ = this.db.command;
    const where = this.quota.where({ _id: ledgerId(openid, templateId), remaining: _.gt(0) });
    return (await updated(where, { remaining: _.inc(-1), spent: _.inc(1), updatedAt: nowIso })) === 1;
  }

  async refund(openid: string, templateId: string, nowIso: string): Promise<void> {
    const _ = this.db.command;
    await updated(this.quota.where({ _id: ledgerId(openid, templateId) }), {
      remaining: _.inc(1),
      spent: _.inc(-1),
      updatedAt: nowIso,
    });
  }

  async sends(ids: string[]): Promise<SendRecord[]> {
    if (ids.length === 0) return [];
    const _ = this.db.command;
    const docs = await find(this.sendRecords.where({ _id: _.in(ids) }).limit(ids.length));
    return docs.map((doc) => fromStored<SendRecord>(doc));
  }

  async saveSend(record: SendRecord): Promise<void> {
    const { _id, ...data } = toStored(record);
    await this.sendRecords.doc(_id).set({ data });
  }

  async sendsOfTicket(ticketId: string, limit: number): Promise<SendRecord[]> {
    const docs = await find(
      this.sendRecords.where({ ticketId }).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(limit),
    );
    return docs.map((doc) => fromStored<SendRecord>(doc));
  }

  async peopleOf(audience: string): Promise<string[]> {
    const [kind, community, rest] = audience.split(':');
    if (kind === 'owner' || kind === 'openid') return community ? [audience.slice(kind.length + 1)] : [];
    const users = this.db.collection(COLLECTIONS.users);
    const where = community === '*' ? { roles: rest, active: true } : { communityIds: community, active: true };
    const docs = await find(users.where(where).limit(MAX_AUDIENCE));
    return docs
      .map(userOf)
      .filter((user) => audienceKeysOf(user).includes(audience))
      .map((user) => user.openid);
  }

  async namesOf(openids: string[]): Promise<Map<string, string>> {
    if (openids.length === 0) return new Map();
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.users)
        .where({ _id: _.in(openids) })
        .field({ name: true })
        .limit(openids.length),
    );
    return new Map(docs.map((doc) => [doc._id, String(doc.name ?? '')]));
  }
}

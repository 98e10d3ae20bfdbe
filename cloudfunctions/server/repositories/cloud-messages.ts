// In-app messages over cloud.database(): one document per effect (`_id` from the effect's key, so
// carrying an effect out twice writes one message), addressed to one audience key.
import type { Page } from '../../domain/api';
import type { Message } from '../../domain/messages';
import type { Database } from '../cloud';
import { decodeCursor, encodeCursor } from './cursor';
import { COLLECTIONS, find, fromStored, isDuplicateKey, toStored, updated } from './db';
import type { MessageRepository, PageRequest } from './types';

export class CloudMessageRepository implements MessageRepository {
  constructor(private readonly db: Database) {}

  private get messages() {
    return this.db.collection(COLLECTIONS.messages);
  }

  async add(message: Message): Promise<'added' | 'duplicate'> {
    try {
      await this.messages.add({ data: toStored(message) });
      return 'added';
    } catch (error) {
      if (isDuplicateKey(error)) return 'duplicate';
      throw error;
    }
  }

  async addMany(messages: Message[]): Promise<number> {
    if (messages.length === 0) return 0;
    try {
      await this.messages.add({ data: messages.map((m) => toStored(m)) as unknown as Record<string, unknown> });
      return messages.length;
    } catch (error) {
      // some were written by an earlier run that stopped midway: write the rest one by one
      if (!isDuplicateKey(error)) throw error;
      const added = await Promise.all(messages.map((m) => this.add(m)));
      return added.filter((a) => a === 'added').length;
    }
  }

  /** Keyset pages on (createdAt, _id), newest first; the index merges the audiences' ranges in order. */
  async list(audiences: string[], page: PageRequest): Promise<Page<Message>> {
    const _ = this.db.command;
    const mine = { audience: _.in(audiences) };
    const where = page.cursor
      ? (() => {
          const after = decodeCursor('createdAt', page.cursor);
          return _.and(mine, _.or({ createdAt: _.lt(after.value) }, { createdAt: after.value, _id: _.lt(after.id) }));
        })()
      : mine;
    const docs = await find(
      this.messages
        .where(where)
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(page.limit + 1),
    );
    const items = docs.slice(0, page.limit).map((doc) => fromStored<Message>(doc));
    const last = items[items.length - 1];
    return {
      items,
      ...(docs.length > page.limit && last
        ? { nextCursor: encodeCursor('createdAt', { value: last.createdAt, id: last.id }) }
        : {}),
    };
  }

  async unread(audiences: string[], openid: string, limit: number): Promise<number> {
    const _ = this.db.command;
    const docs = await find(
      this.messages
        .where({ audience: _.in(audiences) })
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(limit)
        .field({ readBy: true }),
    );
    return docs.filter((doc) => !((doc.readBy as string[] | undefined) ?? []).includes(openid)).length;
  }

  markRead(audiences: string[], ids: string[], openid: string): Promise<number> {
    const _ = this.db.command;
    return updated(this.messages.where({ _id: _.in(ids), audience: _.in(audiences) }), {
      readBy: _.addToSet(openid),
    });
  }
}

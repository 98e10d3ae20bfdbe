// The audit log over cloud.database(): append-only; read newest first, by keyset pages.
import type { Page } from '../../domain/api';
import type { AuditEntry } from '../../domain/audit';
import type { Database } from '../cloud';
import { decodeCursor, encodeCursor } from './cursor';
import { COLLECTIONS, find, fromStored, toStored } from './db';
import type { AuditRepository, PageRequest } from './types';

export class CloudAuditRepository implements AuditRepository {
  constructor(private readonly db: Database) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db.collection(COLLECTIONS.auditLog).add({ data: toStored(entry) });
  }

  list(page: PageRequest): Promise<Page<AuditEntry>> {
    return this.page({}, page);
  }

  listForTarget(targetId: string, page: PageRequest): Promise<Page<AuditEntry>> {
    return this.page({ 'target.id': targetId }, page);
  }

  /** Entries matching `filter`, newest first, from after the cursor's entry. */
  private async page(filter: Record<string, unknown>, page: PageRequest): Promise<Page<AuditEntry>> {
    const _ = this.db.command;
    const log = this.db.collection(COLLECTIONS.auditLog);
    const query = page.cursor
      ? (() => {
          const after = decodeCursor('at', page.cursor);
          const keyset = _.or({ at: _.lt(after.value) }, { at: after.value, _id: _.lt(after.id) });
          return log.where(Object.keys(filter).length > 0 ? _.and(filter, keyset) : keyset);
        })()
      : log.where(filter);
    const docs = await find(
      query
        .orderBy('at', 'desc')
        .orderBy('_id', 'desc')
        .limit(page.limit + 1),
    );
    const items = docs.slice(0, page.limit).map((doc) => fromStored<AuditEntry>(doc));
    const last = items[items.length - 1];
    return {
      items,
      ...(docs.length > page.limit && last ? { nextCursor: encodeCursor('at', { value: last.at, id: last.id }) } : {}),
    };
  }
}

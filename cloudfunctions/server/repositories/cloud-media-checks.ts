// Images awaiting WeChat's late verdict (`media_checks`, `_id` = trace id).
import type { MediaCheck } from '../../domain/media-checks';
import type { Database } from '../cloud';
import { COLLECTIONS, addMany, find, fromStored, toStored, updated } from './db';
import type { MediaCheckRepository } from './types';

export class CloudMediaCheckRepository implements MediaCheckRepository {
  constructor(private readonly db: Database) {}

  private get checks() {
    return this.db.collection(COLLECTIONS.mediaChecks);
  }

  async add(checks: MediaCheck[]): Promise<void> {
    await addMany(
      this.checks,
      checks.map((c) => toStored(c)),
    );
  }

  async get(traceId: string): Promise<MediaCheck | null> {
    const docs = await find(this.checks.where({ _id: traceId }).limit(1));
    return docs[0] ? fromStored<MediaCheck>(docs[0]) : null;
  }

  /** false when it was settled already (WeChat pushes again when it got no answer in time). */
  async settle(traceId: string, result: NonNullable<MediaCheck['result']>, at: string): Promise<boolean> {
    const _ = this.db.command;
    const n = await updated(this.checks.where({ _id: traceId, state: 'pending' }), {
      state: 'settled',
      result: _.set(result),
      settledAt: at,
    });
    return n === 1;
  }

  /** A request's photo WeChat found risky is taken off it (its fileID stays in the check's record). */
  async dropTicketPhoto(ticketId: string, fileID: string): Promise<void> {
    const _ = this.db.command;
    await updated(this.db.collection(COLLECTIONS.tickets).where({ _id: ticketId }), { photos: _.pull(fileID) });
  }
}

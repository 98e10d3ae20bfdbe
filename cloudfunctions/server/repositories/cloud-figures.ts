// The figures over cloud.database(): each month's figure sets counted by one aggregate each
// (domain/figures/pipeline.ts), a closed month's kept in `figure_snapshots`, the requests behind a
// figure, the complaints of a summary period and the summaries made (`complaint_summaries`).
import type { Page } from '../../domain/api';
import type { ComplaintSummary } from '../../domain/figures/complaint-summary';
import type { FigureSet, SurveyCounts, VisitCounts } from '../../domain/figures/counts';
import type { MonthRange } from '../../domain/figures/month';
import type { AnsweredRow, Stage } from '../../domain/figures/pipeline';
import {
  monthMatch,
  requestFiguresPipeline,
  rowsOf,
  surveyAnswerUnitsPipeline,
  visitCountsOf,
  visitFiguresPipeline,
} from '../../domain/figures/pipeline';
import type { Ticket } from '../../domain/model';
import type { SummarySource } from '../../domain/views';
import type { Database } from '../cloud';
import { SUMMARY_FIELDS, ticketOf } from './cloud-tickets';
import { decodeCursor, encodeCursor } from './cursor';
import { COLLECTIONS, find, fromStored, isDuplicateKey } from './db';
import type { StoredDoc } from './db';
import type { PageRequest } from './types';

/** More rows than a month's department × category × channel can give; the cloud answers 20 without a limit. */
const ROWS_LIMIT = 1000;
/** Complaints read per request for a summary (keyset pages). */
export const COMPLAINTS_PAGE = 1000;

/** A kept summary: where its workbook is and what it counted. */
export interface SummaryRecord {
  id: string;
  communityId: string;
  period: ComplaintSummary['period'];
  totals: ComplaintSummary['totals'];
  fileID: string;
  fileName: string;
  madeAt: string;
}

export const snapshotId = (communityId: string, month: string) => `${communityId}:${month}`;
export const summaryId = (communityId: string, period: string) => `${communityId}:${period}`;

export class CloudFigureRepository {
  constructor(private readonly db: Database) {}

  private async aggregate(collection: string, stages: Stage[]): Promise<Array<Record<string, unknown>>> {
    let pipeline = this.db.collection(collection).aggregate();
    for (const stage of stages) {
      const [name] = Object.keys(stage);
      const value = stage[name];
      pipeline =
        name === '$match'
          ? pipeline.match(value as object)
          : (pipeline as unknown as Record<string, (v: unknown) => typeof pipeline>)[name.slice(1)](value);
    }
    const result = (await pipeline.limit(ROWS_LIMIT).end()) as { list: Array<Record<string, unknown>> };
    return result.list;
  }

  /** The month's request figures: one aggregate. */
  async requestRows(
    communityId: string,
    range: MonthRange,
    asOf: string,
    satisfiedAbove: number,
  ): Promise<FigureSet['rows']> {
    const rows = await this.aggregate(
      COLLECTIONS.tickets,
      requestFiguresPipeline(communityId, range, asOf, satisfiedAbove),
    );
    return rowsOf(rows as AnsweredRow[]);
  }

  /** The month's return visits: one aggregate. */
  async visitCounts(communityId: string, range: MonthRange): Promise<VisitCounts> {
    const rows = await this.aggregate(COLLECTIONS.visits, visitFiguresPipeline(communityId, range));
    return visitCountsOf(rows as Parameters<typeof visitCountsOf>[0]);
  }

  /** The month's surveys: one aggregate; null while the product keeps no surveys (no collection). */
  /**
   * The surveys opened in the month (index `surveys.community_opened`) with the units they reached,
   * then the distinct units that answered them in one aggregate: two requests, one when none opened.
   */
  async surveyCounts(communityId: string, range: MonthRange): Promise<SurveyCounts | null> {
    const _ = this.db.command;
    const surveys = await find(
      this.db
        .collection(COLLECTIONS.surveys)
        .where({ communityId, openedAt: _.gte(range.start).and(_.lt(range.end)) })
        .field({ _id: true, reach: true })
        .limit(ROWS_LIMIT),
    );
    if (surveys.length === 0) return null;
    const reach = (doc: StoredDoc) => ((doc.reach ?? []) as Array<{ units: number }>).reduce((n, b) => n + b.units, 0);
    const sent = surveys.reduce((n, doc) => n + reach(doc), 0);
    const [row] = await this.aggregate(
      COLLECTIONS.surveyAnswers,
      surveyAnswerUnitsPipeline(surveys.map((doc) => String(doc._id))),
    );
    return { sent, answered: Number(row?.units ?? 0) };
  }

  /** The kept figure sets among these ids: one request. */
  async snapshots(ids: string[]): Promise<FigureSet[]> {
    if (ids.length === 0) return [];
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.figureSnapshots)
        .where({ _id: _.in(ids) })
        .limit(ids.length),
    );
    return docs.map(({ _id, ...set }) => set as unknown as FigureSet);
  }

  /** Keeps a closed month's figures once: a second write (another run, a race) changes nothing. */
  async keepSnapshot(set: FigureSet): Promise<void> {
    try {
      await this.db.collection(COLLECTIONS.figureSnapshots).add({
        data: { _id: snapshotId(set.communityId, set.month), ...JSON.parse(JSON.stringify(set)) },
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /** The requests behind a figure, newest first: the month's match and the figure's condition. */
  async requestsBehind(
    communityId: string,
    range: MonthRange,
    condition: Stage,
    page: PageRequest,
  ): Promise<Page<SummarySource>> {
    const _ = this.db.command;
    const parts: Stage[] = [condition];
    if (page.cursor) {
      const after = decodeCursor('createdAt', page.cursor);
      parts.push({ $or: [{ createdAt: { $lt: after.value } }, { createdAt: after.value, _id: { $lt: after.id } }] });
    }
    const docs = await find(
      this.db
        .collection(COLLECTIONS.tickets)
        .where(_.and(monthMatch(communityId, range), ...parts))
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(page.limit + 1)
        .field(SUMMARY_FIELDS),
    );
    const items = docs.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      items: items.map((doc) => fromStored<SummarySource>(doc)),
      ...(docs.length > page.limit && last
        ? { nextCursor: encodeCursor('createdAt', { value: String(last.createdAt), id: last._id }) }
        : {}),
    };
  }

  /** Every complaint filed in [start, end): keyset pages of COMPLAINTS_PAGE, oldest first. */
  async complaints(communityId: string, start: string, end: string, pageSize = COMPLAINTS_PAGE): Promise<Ticket[]> {
    const _ = this.db.command;
    const out: Ticket[] = [];
    let last: StoredDoc | undefined;
    for (;;) {
      const base = { communityId, category: 'complaint', createdAt: _.gte(start).and(_.lt(end)) };
      const where = last
        ? _.and(base, _.or({ createdAt: _.gt(last.createdAt) }, { createdAt: last.createdAt, _id: _.gt(last._id) }))
        : base;
      const docs = await find(
        this.db
          .collection(COLLECTIONS.tickets)
          .where(where)
          .orderBy('createdAt', 'asc')
          .orderBy('_id', 'asc')
          .limit(pageSize)
          .field({ pendingEffects: false }),
      );
      out.push(...docs.map(ticketOf));
      last = docs[docs.length - 1];
      if (docs.length < pageSize) return out;
    }
  }

  /** Which of these summaries are kept: one request. */
  async summaries(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.complaintSummaries)
        .where({ _id: _.in(ids) })
        .limit(ids.length)
        .field({ _id: true }),
    );
    return docs.map((d) => d._id);
  }

  async summary(id: string): Promise<SummaryRecord | null> {
    const [doc] = await find(this.db.collection(COLLECTIONS.complaintSummaries).where({ _id: id }).limit(1));
    return doc ? fromStored<SummaryRecord>(doc) : null;
  }

  /** Records a summary made (again): the latest workbook of the period wins. */
  async keepSummary(record: SummaryRecord): Promise<void> {
    const { id, ...data } = JSON.parse(JSON.stringify(record)) as SummaryRecord;
    await this.db.collection(COLLECTIONS.complaintSummaries).doc(id).set({ data });
  }
}

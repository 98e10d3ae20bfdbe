// Each community's service guide and FAQ (one document, `_id` the community's id), the month's FAQ
// counts (one document per community and month), and the few reads of other collections the
// guide needs: the community's phones, and how many consultations were filed in a month.
import type { CommunityPhones, FaqOutcome, FaqStats, ServiceGuide } from '../../domain/guide';
import type { Database } from '../cloud';
import { COLLECTIONS, find, isDuplicateKey, updated } from './db';
import type { GuideRepository } from './types';

export const faqStatsId = (communityId: string, month: string) => `${communityId}:${month}`;

const COUNTED: Record<FaqOutcome, keyof Pick<FaqStats, 'shown' | 'solved' | 'filed'>> = {
  shown: 'shown',
  solved: 'solved',
  filed: 'filed',
};

export class CloudGuideRepository implements GuideRepository {
  constructor(private readonly db: Database) {}

  private get guides() {
    return this.db.collection(COLLECTIONS.serviceGuides);
  }

  private get stats() {
    return this.db.collection(COLLECTIONS.faqStats);
  }

  async load(communityId: string): Promise<ServiceGuide | null> {
    const [doc] = await find(this.guides.where({ _id: communityId }).limit(1));
    if (!doc) return null;
    return {
      communityId,
      services: Array.isArray(doc.services) ? (doc.services as ServiceGuide['services']) : [],
      faqs: Array.isArray(doc.faqs) ? (doc.faqs as ServiceGuide['faqs']) : [],
      version: typeof doc.version === 'number' ? doc.version : 1,
      ...(typeof doc.updatedAt === 'string' ? { updatedAt: doc.updatedAt } : {}),
      ...(doc.updatedBy ? { updatedBy: doc.updatedBy as ServiceGuide['updatedBy'] } : {}),
    };
  }

  async save(expectedVersion: number, next: ServiceGuide): Promise<boolean> {
    const { communityId, ...rest } = JSON.parse(JSON.stringify(next)) as ServiceGuide;
    if (expectedVersion === 0) {
      try {
        await this.guides.add({ data: { _id: communityId, ...rest } });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    }
    const _ = this.db.command;
    const fields = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, _.set(value)]));
    return (await updated(this.guides.where({ _id: communityId, version: expectedVersion }), fields)) === 1;
  }

  async phones(communityId: string): Promise<CommunityPhones | null> {
    const [doc] = await find(
      this.db
        .collection(COLLECTIONS.communities)
        .where({ _id: communityId })
        .field({ name: true, serviceDeskPhone: true, dutyPhone: true })
        .limit(1),
    );
    if (!doc) return null;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return {
      id: communityId,
      name: text(doc.name),
      serviceDeskPhone: text(doc.serviceDeskPhone),
      dutyPhone: text(doc.dutyPhone),
    };
  }

  async count(communityId: string, month: string, outcome: FaqOutcome, faqId?: string): Promise<void> {
    const _ = this.db.command;
    const id = faqStatsId(communityId, month);
    const field = COUNTED[outcome];
    const increments: Record<string, unknown> = { [field]: _.inc(1) };
    if (faqId) increments[`solvedBy.${faqId}`] = _.inc(1);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if ((await updated(this.stats.where({ _id: id }), increments)) === 1) return;
      const first: FaqStats = { communityId, month, shown: 0, solved: 0, filed: 0, solvedBy: {} };
      first[field] = 1;
      if (faqId) first.solvedBy[faqId] = 1;
      try {
        await this.stats.add({ data: { _id: id, ...first } });
        return;
      } catch (error) {
        // another tap began the month first: count on its document
        if (!isDuplicateKey(error)) throw error;
      }
    }
  }

  async monthStats(communityId: string, month: string): Promise<FaqStats | null> {
    const [doc] = await find(this.stats.where({ _id: faqStatsId(communityId, month) }).limit(1));
    if (!doc) return null;
    const { _id, ...stats } = doc;
    return stats as unknown as FaqStats;
  }

  async consultationsFiled(communityId: string, from: string, to: string): Promise<number> {
    const _ = this.db.command;
    const result = (await this.db
      .collection(COLLECTIONS.tickets)
      .where({ communityId, category: 'consultation', createdAt: _.gte(from).and(_.lt(to)) })
      .count()) as { total: number };
    return result.total;
  }
}

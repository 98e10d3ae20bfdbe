// The routing rules over cloud.database(): one document holds the company's whole ordered list, so
// loading it is one request and an edit replaces it in one conditional write.
import type { RoutingRule } from '../../domain/routing';
import type { Database } from '../cloud';
import { COLLECTIONS, find, isDuplicateKey, updated } from './db';
import type { RoutingRuleRepository, StoredRoutingRules } from './types';

export const ROUTING_RULES_ID = 'company';

export class CloudRoutingRuleRepository implements RoutingRuleRepository {
  constructor(private readonly db: Database) {}

  private get collection() {
    return this.db.collection(COLLECTIONS.routingRules);
  }

  async load(): Promise<StoredRoutingRules | null> {
    const [doc] = await find(this.collection.where({ _id: ROUTING_RULES_ID }).limit(1));
    if (!doc || !Array.isArray(doc.rules)) return null;
    return {
      rules: doc.rules as RoutingRule[],
      version: typeof doc.version === 'number' ? doc.version : 1,
      ...(typeof doc.updatedAt === 'string' ? { updatedAt: doc.updatedAt } : {}),
      ...(doc.updatedBy ? { updatedBy: doc.updatedBy as StoredRoutingRules['updatedBy'] } : {}),
    };
  }

  async save(expectedVersion: number, next: StoredRoutingRules): Promise<boolean> {
    const data = JSON.parse(JSON.stringify(next)) as Record<string, unknown>;
    if (expectedVersion === 0) {
      try {
        await this.collection.add({ data: { _id: ROUTING_RULES_ID, ...data } });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    }
    const _ = this.db.command;
    const fields = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, _.set(value)]));
    return (await updated(this.collection.where({ _id: ROUTING_RULES_ID, version: expectedVersion }), fields)) === 1;
  }
}

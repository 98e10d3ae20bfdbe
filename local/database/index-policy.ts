/**
 * What the engine does with a query no declared index serves (see docs/local-database.md,
 * "Indexes"): nothing ('off'), report it once per query shape ('warn'), or refuse it ('strict').
 * A shape is the collection, the operation, the filter's fields and operators and the order — no
 * values. The report carries an index to paste into cloudfunctions/database.json: the fields the
 * filter fixes, then the order's fields, then the ranged fields (equality, sort, range).
 */
import { isPlainObject } from './ejson';
import type { Doc } from './ejson';
import { DatabaseError, ErrorCodes } from './errors';
import type { OrderSpec, Plan } from './planner';
import { verdictOf } from './planner';

export type IndexPolicy = 'off' | 'warn' | 'strict';

export type QueryOperation = 'find' | 'count' | 'update' | 'remove' | 'aggregate';

export interface UnindexedQuery {
  collection: string;
  operation: QueryOperation;
  /** e.g. `find tickets {"ownerOpenid":"$eq","status":{"$in":"?"}} order {"updatedAt":-1}` */
  shape: string;
  /** 'filter': no index's leading key is constrained; 'order': the order would be sorted in memory. */
  reason: 'filter' | 'order';
  suggestedIndex: { name: string; keys: Record<string, 1 | -1> };
}

export const INDEX_POLICIES: readonly IndexPolicy[] = ['off', 'warn', 'strict'];

function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (!isPlainObject(value)) return value instanceof RegExp ? '$regex' : '$eq';
  const out: Doc = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === '$and' || k === '$or' || k === '$nor') out[k] = Array.isArray(v) ? v.map(shapeOf) : '?';
    else if (k === '$not' || k === '$elemMatch') out[k] = shapeOf(v);
    else if (k.startsWith('$')) out[k] = '?';
    else out[k] = isPlainObject(v) && Object.keys(v).some((o) => o.startsWith('$')) ? shapeOf(v) : '$eq';
  }
  return out;
}

/** Every field a filter names, in the order it names them. */
function fieldsNamed(filter: unknown, into: string[]): string[] {
  if (Array.isArray(filter)) filter.forEach((f) => fieldsNamed(f, into));
  else if (isPlainObject(filter)) {
    for (const [k, v] of Object.entries(filter)) {
      if (k === '$and' || k === '$or' || k === '$nor') fieldsNamed(v, into);
      else if (!k.startsWith('$') && !into.includes(k)) into.push(k);
    }
  }
  return into;
}

export function suggestIndex(filter: Doc, plan: Plan): { name: string; keys: Record<string, 1 | -1> } {
  const keys: Record<string, 1 | -1> = {};
  const inOrder = new Set(plan.order.map(([f]) => f));
  const fields = [...plan.analysis.fields].filter(([f]) => f !== '_id');
  for (const [f, c] of fields) if (c.constraint.kind === 'points' && !inOrder.has(f)) keys[f] = 1;
  for (const [f, d] of plan.order) keys[f] = d;
  for (const [f, c] of fields) if (c.constraint.kind === 'range' && !(f in keys)) keys[f] = 1;
  if (Object.keys(keys).length === 0) for (const f of fieldsNamed(filter, [])) if (f !== '_id') keys[f] = 1;
  const name = Object.keys(keys)
    .map((f) => f.replace(/\./g, '_'))
    .join('_');
  return { name: name || 'by_fields', keys };
}

export function describe(report: UnindexedQuery): string {
  const why =
    report.reason === 'order'
      ? 'no declared index delivers its order (every match would be sorted in memory)'
      : 'no declared index has a leading key this filter constrains (every document would be read)';
  return `${report.shape}: ${why}; declare in cloudfunctions/database.json under "${report.collection}": ${JSON.stringify(report.suggestedIndex)}`;
}

export class IndexPolicyCheck {
  private readonly reported = new Set<string>();

  constructor(
    private readonly policy: IndexPolicy,
    private readonly onUnindexed: (report: UnindexedQuery) => void,
  ) {}

  /** Reports (once per shape) or refuses a query that no declared index serves. */
  check(operation: QueryOperation, collection: string, filter: Doc, plan: Plan, order: OrderSpec = []): void {
    if (this.policy === 'off') return;
    const filterIsEmpty = Object.keys(filter).length === 0;
    if (filterIsEmpty && operation !== 'find') return;
    const verdict = verdictOf(plan, filterIsEmpty);
    if (verdict.served) return;
    const orderText = order.length ? ` order ${JSON.stringify(Object.fromEntries(order))}` : '';
    const report: UnindexedQuery = {
      collection,
      operation,
      shape: `${operation} ${collection} ${JSON.stringify(shapeOf(filter))}${orderText}`,
      reason: verdict.reason ?? 'filter',
      suggestedIndex: suggestIndex(filter, plan),
    };
    if (this.policy === 'strict') {
      throw new DatabaseError(ErrorCodes.REQUEST_FAILED, `[IndexRequired] ${describe(report)}`);
    }
    if (this.reported.has(report.shape)) return;
    this.reported.add(report.shape);
    this.onUnindexed(report);
  }
}

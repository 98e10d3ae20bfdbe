/**
 * The query planner: for a filter and an order, picks how to find the candidates.
 *
 * - `ids`: the filter fixes `_id` (equality or `$in`): the primary map answers.
 * - `index`: a declared index whose leading keys the filter fixes (equality or `$in`), then
 *   optionally a range on the next key. The order is served when, after those keys, the index's
 *   next keys are the order's fields, all in the index's directions or all reversed; with `$in`
 *   on a leading key the ranges are merged to keep the order. An index whose leading keys are the
 *   order's fields also serves an order alone (a walk in order that stops when the page is full).
 * - `scan`: every document, in natural order.
 *
 * Candidates are always tested with the full matcher unless the plan is `exact` (the index
 * bounds say everything the filter says). Indexes with outliers (documents with arrays or
 * objects under a key) are not used.
 */
import type { Doc } from './ejson';
import { keyOf } from './ejson';
import { analyseFilter, isSinglePoint } from './constraints';
import type { FilterAnalysis, Range } from './constraints';
import type { BoundValue, KeyValue } from './key-values';
import { OrderedIndex, Probe } from './ordered-index';
import type { Collection } from './store';

export type OrderSpec = [field: string, direction: 1 | -1][];

/** More `$in` combinations than this on the leading keys: use fewer keys. */
const MAX_COMBINATIONS = 256;

interface PlanBase {
  analysis: FilterAnalysis;
  /** The order to deliver (for an index: without the keys the filter fixes to one value). */
  order: OrderSpec;
  /** The candidates come in the order asked for (always true without an order). */
  orderServed: boolean;
  /** Every candidate matches: no need to test them. */
  exact: boolean;
}

export interface IdsPlan extends PlanBase {
  kind: 'ids';
  keys: string[];
}

export interface IndexPlan extends PlanBase {
  kind: 'index';
  index: OrderedIndex;
  /** [start, end] in tree order, in the order to visit them (already reversed when `reversed`). */
  ranges: [Probe, Probe][];
  reversed: boolean;
  /** The ranges must be merged (from key `mergeFrom` on) to keep the order. */
  merge: boolean;
  mergeFrom: number;
  /** How many leading keys the filter bounds (0: a walk in order only). */
  boundKeys: number;
}

export interface ScanPlan extends PlanBase {
  kind: 'scan';
}

export type Plan = IdsPlan | IndexPlan | ScanPlan;

function cartesian(lists: KeyValue[][]): KeyValue[][] {
  let out: KeyValue[][] = [[]];
  for (const list of lists) out = out.flatMap((prefix) => list.map((v) => [...prefix, v]));
  return out;
}

function rangeProbes(prefix: BoundValue[], range: Range | null, direction: 1 | -1): [Probe, Probe] {
  if (!range) return [new Probe(prefix, -1), new Probe(prefix, 1)];
  const low = new Probe([...prefix, range.lo], range.loIncluded ? -1 : 1);
  const high = new Probe([...prefix, range.hi], range.hiIncluded ? 1 : -1);
  if (direction === 1) return [low, high];
  return [
    new Probe([...prefix, range.hi], range.hiIncluded ? -1 : 1),
    new Probe([...prefix, range.lo], range.loIncluded ? 1 : -1),
  ];
}

interface Candidate {
  plan: IndexPlan;
  score: number[];
}

function planIndex(index: OrderedIndex, analysis: FilterAnalysis, wanted: OrderSpec): Candidate | null {
  const { fields } = analysis;
  // an order key the filter fixes to one value changes nothing, provided it is a key of this index
  // (so every document holds a scalar there, not an array that would match the value too)
  const order = wanted.filter(([f]) => !(isSinglePoint(fields.get(f)) && index.fields.includes(f)));
  const n = index.fields.length;
  const pointLists: KeyValue[][] = [];
  let combinations = 1;
  let p = 0;
  while (p < n) {
    const c = fields.get(index.fields[p])?.constraint;
    if (!c || c.kind !== 'points' || combinations * c.values.length > MAX_COMBINATIONS) break;
    // in tree order: a descending key visits its values from the highest
    const values = index.directions[p] === 1 ? c.values : [...c.values].reverse();
    pointLists.push(values);
    combinations *= values.length;
    p++;
  }
  const next = p < n ? fields.get(index.fields[p])?.constraint : undefined;
  const range = next?.kind === 'range' ? next : null;
  const boundKeys = p + (range ? 1 : 0);

  let orderServed = order.length === 0;
  let reversed = false;
  if (!orderServed && p + order.length <= n && order.every(([f], i) => index.fields[p + i] === f)) {
    const same = order.map(([, d], i) => d === index.directions[p + i]);
    if (same.every(Boolean)) orderServed = true;
    else if (same.every((s) => !s)) orderServed = reversed = true;
  }
  if (boundKeys === 0 && !(order.length > 0 && orderServed)) return null;

  const used = new Set(index.fields.slice(0, boundKeys));
  const exact = !analysis.residual && [...fields].every(([f, c]) => c.exact && used.has(f));
  const ranges = cartesian(pointLists).map((prefix) => rangeProbes(prefix, range, index.directions[p] ?? 1));
  if (reversed) ranges.reverse();
  const merge = order.length > 0 && orderServed && pointLists.some((l) => l.length > 1);
  return {
    plan: {
      kind: 'index',
      analysis,
      order,
      orderServed,
      exact,
      index,
      ranges,
      reversed,
      merge,
      mergeFrom: p,
      boundKeys,
    },
    score: [boundKeys > 0 ? 1 : 0, order.length > 0 && orderServed ? 1 : 0, boundKeys, exact ? 1 : 0, -combinations],
  };
}

const better = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
};

export function planQuery(coll: Collection, filter: Doc, order: OrderSpec = []): Plan {
  const analysis = analyseFilter(filter);
  const id = analysis.fields.get('_id');
  if (id && id.constraint.kind === 'points') {
    const keys = id.constraint.values.filter((v) => v !== undefined).map((v) => keyOf(v));
    return {
      kind: 'ids',
      analysis,
      order,
      orderServed: order.length === 0,
      exact: !analysis.residual && analysis.fields.size === 1 && id.exact,
      keys,
    };
  }
  const candidates: Candidate[] = [];
  for (const index of coll.indexes) {
    const candidate = planIndex(index, analysis, order);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort((a, b) => (better(a.score, b.score) ? -1 : better(b.score, a.score) ? 1 : 0));
  // the best index that holds every document (built now if the load left it unbuilt)
  const best = candidates.find((c) => coll.ready(c.plan.index).usable);
  if (best) return best.plan;
  return {
    kind: 'scan',
    analysis,
    order,
    orderServed: order.length === 0,
    exact: analysis.fields.size === 0 && !analysis.residual,
  };
}

/** Whether a plan is what a declared index should give, and if not, why. */
export function verdictOf(plan: Plan, filterIsEmpty: boolean): { served: boolean; reason?: 'filter' | 'order' } {
  if (plan.kind === 'ids') return { served: true };
  // every collection of the cloud has its built-in `_id` index, which serves an `_id` range too
  const byIdRange = plan.analysis.fields.get('_id')?.constraint.kind === 'range';
  if (byIdRange && plan.order.every(([field]) => field === '_id')) return { served: true };
  if (filterIsEmpty) return plan.orderServed ? { served: true } : { served: false, reason: 'order' };
  if (plan.kind === 'scan' || plan.boundKeys === 0) return { served: false, reason: 'filter' };
  return plan.orderServed ? { served: true } : { served: false, reason: 'order' };
}

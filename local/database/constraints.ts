/**
 * What a filter says about each field, in terms an ordered index can serve: a set of points
 * (equality, `$in`) or a range (`$gt/$gte/$lt/$lte`, type-bracketed like mingo's comparisons).
 * Conditions at the top level and inside `$and` are intersected; an `$or` contributes the hull of
 * its branches for every field that all branches constrain (keyset paging's
 * `{$or: [{f: {$lt: v}}, {f: v, _id: {$lt: id}}]}` becomes `f <= v`). Anything else is residual:
 * the full matcher tests every candidate anyway, so the bounds only need to contain the matches.
 */
import { isPlainObject } from './ejson';
import type { Doc } from './ejson';
import { MISSING, OUTLIER, asKeyValue, compareValues, highestOfRank, lowestOfRank } from './key-values';
import type { BoundValue, KeyValue } from './key-values';

export interface Points {
  kind: 'points';
  /** Sorted, without duplicates; empty when the conditions contradict each other. */
  values: KeyValue[];
}

export interface Range {
  kind: 'range';
  lo: BoundValue;
  loIncluded: boolean;
  hi: BoundValue;
  hiIncluded: boolean;
}

export type Constraint = Points | Range;

export interface FieldConstraint {
  constraint: Constraint;
  /** The constraint says exactly what the filter's conditions on this field say (no hull). */
  exact: boolean;
}

export interface FilterAnalysis {
  fields: Map<string, FieldConstraint>;
  /** Some condition could not be expressed as a field constraint. */
  residual: boolean;
}

const NOTHING: Points = { kind: 'points', values: [] };

function pointsOf(values: KeyValue[]): Points {
  const sorted = [...values].sort(compareValues);
  const out: KeyValue[] = [];
  for (const v of sorted) if (out.length === 0 || compareValues(out[out.length - 1], v) !== 0) out.push(v);
  return { kind: 'points', values: out };
}

/** Equality as mingo's $eq: null also matches a missing field. */
const equalTo = (v: KeyValue): KeyValue[] => (v === null || v === MISSING ? [MISSING, null] : [v]);

function inRange(v: BoundValue, r: Range): boolean {
  const lo = compareValues(v, r.lo);
  const hi = compareValues(v, r.hi);
  return (lo > 0 || (lo === 0 && r.loIncluded)) && (hi < 0 || (hi === 0 && r.hiIncluded));
}

function emptyRange(r: Range): boolean {
  const c = compareValues(r.lo, r.hi);
  return c > 0 || (c === 0 && !(r.loIncluded && r.hiIncluded));
}

export function intersect(a: Constraint, b: Constraint): Constraint {
  if (a.kind === 'points' && b.kind === 'points')
    return { kind: 'points', values: a.values.filter((v) => b.values.some((w) => compareValues(v, w) === 0)) };
  if (a.kind === 'points') return { kind: 'points', values: a.values.filter((v) => inRange(v, b as Range)) };
  if (b.kind === 'points') return intersect(b, a);
  const lo = compareValues(a.lo, b.lo);
  const hi = compareValues(a.hi, b.hi);
  const r: Range = {
    kind: 'range',
    lo: lo >= 0 ? a.lo : b.lo,
    loIncluded: lo > 0 ? a.loIncluded : lo < 0 ? b.loIncluded : a.loIncluded && b.loIncluded,
    hi: hi <= 0 ? a.hi : b.hi,
    hiIncluded: hi < 0 ? a.hiIncluded : hi > 0 ? b.hiIncluded : a.hiIncluded && b.hiIncluded,
  };
  return emptyRange(r) ? NOTHING : r;
}

const asRange = (c: Constraint): Range | null => {
  if (c.kind === 'range') return c;
  if (c.values.length === 0) return null;
  return { kind: 'range', lo: c.values[0], loIncluded: true, hi: c.values[c.values.length - 1], hiIncluded: true };
};

/** The smallest constraint containing both (for the branches of an `$or`). */
export function hull(a: Constraint, b: Constraint): Constraint {
  if (a.kind === 'points' && b.kind === 'points') return pointsOf([...a.values, ...b.values]);
  const ra = asRange(a);
  const rb = asRange(b);
  if (!ra || !rb) return ra ?? rb ?? NOTHING;
  const lo = compareValues(ra.lo, rb.lo);
  const hi = compareValues(ra.hi, rb.hi);
  return {
    kind: 'range',
    lo: lo <= 0 ? ra.lo : rb.lo,
    loIncluded: lo < 0 ? ra.loIncluded : lo > 0 ? rb.loIncluded : ra.loIncluded || rb.loIncluded,
    hi: hi >= 0 ? ra.hi : rb.hi,
    hiIncluded: hi > 0 ? ra.hiIncluded : hi < 0 ? rb.hiIncluded : ra.hiIncluded || rb.hiIncluded,
  };
}

function comparison(op: string, v: unknown): Constraint | null {
  const value = asKeyValue(v);
  if (value === OUTLIER) return null;
  if (op === '$eq') return pointsOf(equalTo(value));
  // mingo compares only values of the same type, and nothing with null or missing on this path
  if (value === null || value === MISSING) return null;
  switch (op) {
    case '$gt':
      return { kind: 'range', lo: value, loIncluded: false, hi: highestOfRank(value), hiIncluded: true };
    case '$gte':
      return { kind: 'range', lo: value, loIncluded: true, hi: highestOfRank(value), hiIncluded: true };
    case '$lt':
      return { kind: 'range', lo: lowestOfRank(value), loIncluded: true, hi: value, hiIncluded: false };
    case '$lte':
      return { kind: 'range', lo: lowestOfRank(value), loIncluded: true, hi: value, hiIncluded: true };
  }
  return null;
}

/** The constraint of one field's condition, and whether part of it stayed residual. */
function fieldCondition(condition: unknown): { constraint: Constraint | null; partial: boolean } {
  if (!isPlainObject(condition)) {
    const value = asKeyValue(condition);
    return value === OUTLIER
      ? { constraint: null, partial: true }
      : { constraint: pointsOf(equalTo(value)), partial: false };
  }
  const ops = Object.keys(condition);
  if (ops.length === 0 || !ops.every((k) => k.startsWith('$'))) return { constraint: null, partial: true };
  let constraint: Constraint | null = null;
  let partial = false;
  for (const op of ops) {
    let c: Constraint | null = null;
    const operand = condition[op];
    if (op === '$in' && Array.isArray(operand)) {
      const values = operand.map(asKeyValue);
      if (!values.includes(OUTLIER)) c = pointsOf((values as KeyValue[]).flatMap(equalTo));
    } else {
      c = comparison(op, operand);
    }
    if (!c) partial = true;
    else constraint = constraint ? intersect(constraint, c) : c;
  }
  return { constraint, partial };
}

function add(out: FilterAnalysis, field: string, constraint: Constraint, exact: boolean): void {
  const prior = out.fields.get(field);
  out.fields.set(
    field,
    prior
      ? { constraint: intersect(prior.constraint, constraint), exact: prior.exact && exact }
      : { constraint, exact },
  );
}

function collect(filter: Doc, out: FilterAnalysis): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value) && value.every(isPlainObject)) {
      for (const sub of value) collect(sub, out);
    } else if (key === '$or' && Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) {
      out.residual = true;
      const branches = value.map((branch) => analyseFilter(branch).fields);
      for (const [field, first] of branches[0]) {
        let c: Constraint | null = first.constraint;
        for (const other of branches.slice(1)) {
          const o = other.get(field);
          c = o && c ? hull(c, o.constraint) : null;
        }
        if (c) add(out, field, c, false);
      }
    } else if (key.startsWith('$')) {
      out.residual = true;
    } else {
      const { constraint, partial } = fieldCondition(value);
      if (partial) out.residual = true;
      if (constraint) add(out, key, constraint, !partial);
    }
  }
}

export function analyseFilter(filter: Doc): FilterAnalysis {
  const out: FilterAnalysis = { fields: new Map(), residual: false };
  collect(filter, out);
  return out;
}

export const isSinglePoint = (c: FieldConstraint | undefined): boolean =>
  c !== undefined && c.constraint.kind === 'points' && c.constraint.values.length === 1;

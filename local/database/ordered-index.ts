/**
 * One declared index as an ordered structure (a B+ tree of the stored documents themselves, so an
 * entry costs one pointer): ordered by the index keys, each in its direction, then by `_id`.
 * Stored documents are never mutated (every write stores a new object), so the order of an entry
 * never changes while it is in the tree.
 *
 * A document whose value under some key is not a scalar (an array, an object …) is kept aside as
 * an outlier; while an index has outliers the planner does not use it (the scan path answers).
 */
import BTree from 'sorted-btree';
import { bulkLoad } from 'sorted-btree/extended/bulkLoad';
import type { Doc } from './ejson';
import type { IndexSpec } from './store';
import { OUTLIER, asKeyValue, compareValues, keyValueAt, splitPath } from './key-values';
import type { BoundValue, FieldPath } from './key-values';

/**
 * A search position: the given values for the first keys, then before (tail -1) or after
 * (tail +1) every entry that shares them.
 */
export class Probe {
  constructor(
    readonly values: readonly BoundValue[],
    readonly tail: -1 | 1,
  ) {}
}

type Entry = Doc | Probe;

const NODE_SIZE = 64;

export class OrderedIndex {
  readonly fields: string[];
  readonly directions: (1 | -1)[];
  private readonly paths: FieldPath[];
  private tree: BTree<Entry, undefined>;
  /** Keys of the documents this index cannot order (see above). */
  private readonly outliers = new Set<string>();

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.keys);
    this.directions = this.fields.map((f) => (spec.keys[f] === -1 ? -1 : 1));
    this.paths = this.fields.map(splitPath);
    this.tree = new BTree<Entry, undefined>(undefined, this.comparator, NODE_SIZE);
  }

  private trustOrder = false;
  private readonly comparator = (a: Entry, b: Entry): number => (this.trustOrder ? -1 : this.compare(a, b));
  /**
   * False until built over the loaded documents (see Store.buildIndex): until then writes leave
   * it alone, the documents map being the whole truth.
   */
  built = true;

  /**
   * Builds the index from scratch over the given documents (after a load): each document's key
   * values are read once, sorted, and the tree is built from the sorted list in one pass.
   */
  rebuild(docs: Iterable<[key: string, doc: Doc]>): void {
    this.outliers.clear();
    const rows: { values: BoundValue[]; doc: Doc }[] = [];
    for (const [key, doc] of docs) {
      if (!this.indexable(doc)) this.outliers.add(key);
      else rows.push({ values: this.paths.map((p) => keyValueAt(doc, p) as BoundValue), doc });
    }
    const n = this.paths.length;
    const directions = this.directions;
    rows.sort((a, b) => {
      for (let i = 0; i < n; i++) {
        const x = a.values[i];
        const y = b.values[i];
        if (x === y) continue;
        // most keys are strings: compare them without the general type dispatch
        const c = typeof x === 'string' && typeof y === 'string' ? (x < y ? -1 : 1) : compareValues(x, y);
        if (c !== 0) return directions[i] === 1 ? c : -c;
      }
      return compareValues(a.doc._id as BoundValue, b.doc._id as BoundValue);
    });
    const sorted = rows.map((r) => r.doc);
    // the rows are sorted by this index's own order: skip bulkLoad's check of it
    this.trustOrder = true;
    try {
      this.tree = bulkLoad<Entry, undefined>(sorted, new Array<undefined>(sorted.length), NODE_SIZE, this.comparator);
    } finally {
      this.trustOrder = false;
    }
    this.built = true;
  }

  /** True when every document of the collection is in the tree (no outlier). */
  get usable(): boolean {
    return this.outliers.size === 0;
  }

  get size(): number {
    return this.tree.size;
  }

  private valueOf(entry: Entry, i: number): BoundValue {
    return entry instanceof Probe ? entry.values[i] : (keyValueAt(entry, this.paths[i]) as BoundValue);
  }

  private compare(a: Entry, b: Entry): number {
    const n = this.paths.length;
    for (let i = 0; i < n; i++) {
      if (a instanceof Probe && i >= a.values.length) return a.tail;
      if (b instanceof Probe && i >= b.values.length) return -b.tail;
      const c = compareValues(this.valueOf(a, i), this.valueOf(b, i));
      if (c !== 0) return this.directions[i] === 1 ? c : -c;
    }
    if (a instanceof Probe) return a.tail;
    if (b instanceof Probe) return -b.tail;
    return compareValues(a._id as BoundValue, b._id as BoundValue);
  }

  /** Tree order of two documents from key `from` on (for merging ranges that differ before it). */
  compareFrom(a: Doc, b: Doc, from: number): number {
    for (let i = from; i < this.paths.length; i++) {
      const c = compareValues(this.valueOf(a, i), this.valueOf(b, i));
      if (c !== 0) return this.directions[i] === 1 ? c : -c;
    }
    return compareValues(a._id as BoundValue, b._id as BoundValue);
  }

  private indexable(doc: Doc): boolean {
    if (asKeyValue(doc._id) === OUTLIER) return false;
    for (const path of this.paths) if (keyValueAt(doc, path) === OUTLIER) return false;
    return true;
  }

  add(key: string, doc: Doc): void {
    if (!this.built) return;
    if (this.indexable(doc)) this.tree.set(doc, undefined);
    else this.outliers.add(key);
  }

  remove(key: string, doc: Doc): void {
    if (!this.built) return;
    if (!this.outliers.delete(key)) this.tree.delete(doc);
  }

  /** The documents from `start` to `end` (tree order), or from `end` back to `start` when reversed. */
  *range(start: Probe, end: Probe, reversed: boolean): Generator<Doc> {
    const pair: (Entry | undefined)[] = [];
    if (!reversed) {
      for (const [entry] of this.tree.entries(start, pair)) {
        if (this.compare(entry, end) > 0) return;
        yield entry as Doc;
      }
    } else {
      for (const [entry] of this.tree.entriesReversed(end, pair)) {
        if (this.compare(entry, start) < 0) return;
        yield entry as Doc;
      }
    }
  }

  /**
   * Visits the documents from `start` to `end` (tree order), or from `end` back to `start` when
   * reversed, until `visit` answers false. Faster than `range` (no iterator per entry).
   */
  visit(start: Probe, end: Probe, reversed: boolean, visit: (doc: Doc) => boolean): boolean {
    if (!reversed) {
      let stopped = false;
      this.tree.forRange(start, end, false, (entry) => {
        if (visit(entry as Doc)) return undefined;
        stopped = true;
        return { break: true };
      });
      return !stopped;
    }
    for (const doc of this.range(start, end, true)) if (!visit(doc)) return false;
    return true;
  }

  /** How many entries lie between the two probes. */
  countRange(start: Probe, end: Probe): number {
    return this.tree.forRange(start, end, false);
  }
}

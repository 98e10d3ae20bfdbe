/**
 * aggregate(): the SDK sends `stages: [{ stageKey: '$match', stageValue: '<EJSON>' }, …]`.
 * The pipeline runs in mingo; `$lookup` reads the other collections of this database. A leading
 * `$match` is answered through the planner, and a `$sort` right after it (with `$skip`/`$limit`)
 * through the index order when the chosen index delivers it.
 */
import { Aggregator, ProcessingMode } from 'mingo';
import type { Store } from './store';
import { decode, isPlainObject } from './ejson';
import type { Doc } from './ejson';
import { invalidParam, unsupportedOperator } from './errors';
import { MINGO_OPTIONS, assertSupported } from './query';
import type { OrderSpec } from './planner';

/** Stages that only read their input documents; any other stage gets copies to work on. */
const READ_ONLY_STAGES = new Set([
  '$match',
  '$group',
  '$sort',
  '$skip',
  '$limit',
  '$count',
  '$sortByCount',
  '$project',
  '$lookup',
]);
const UNSUPPORTED_STAGES = new Set([
  '$geoNear',
  '$out',
  '$merge',
  '$collStats',
  '$indexStats',
  '$currentOp',
  '$listSessions',
]);

export interface StageSpec {
  stageKey: string;
  stageValue: string;
}

export function parseStages(stages: unknown, now: number): Doc[] {
  if (!Array.isArray(stages)) throw invalidParam('stages must be an array');
  return stages.map((raw) => {
    const { stageKey, stageValue } = raw as StageSpec;
    if (typeof stageKey !== 'string' || !stageKey.startsWith('$'))
      throw invalidParam(`bad aggregate stage ${String(stageKey)}`);
    if (UNSUPPORTED_STAGES.has(stageKey)) throw unsupportedOperator(`the aggregate stage ${stageKey}`);
    const value = decode(stageValue, now);
    assertSupported(value);
    return { [stageKey]: value };
  });
}

/** The order of a `$sort` stage when it is a plain ascending/descending sort, else null. */
export function sortSpecOf(stage: Doc | undefined): OrderSpec | null {
  const spec = stage?.$sort;
  if (!isPlainObject(spec) || Object.keys(spec).length === 0) return null;
  const out: OrderSpec = [];
  for (const [field, direction] of Object.entries(spec)) {
    if (direction !== 1 && direction !== -1) return null;
    out.push([field, direction]);
  }
  return out;
}

/**
 * Runs the pipeline over its input: the documents a leading `$match` selected (through the
 * planner, see the engine), or the whole collection. `$lookup` reads the other collections.
 */
export function runPipeline(store: Store, input: Doc[], pipeline: Doc[]): Doc[] {
  const readOnly = pipeline.every((stage) => READ_ONLY_STAGES.has(Object.keys(stage)[0]));
  const aggregator = new Aggregator(pipeline, {
    ...MINGO_OPTIONS,
    processingMode: readOnly ? ProcessingMode.CLONE_OFF : ProcessingMode.CLONE_INPUT,
    collectionResolver: (name: string) => (store.has(name) ? [...store.get(name).docs.values()] : []),
  });
  return aggregator.run(input) as Doc[];
}

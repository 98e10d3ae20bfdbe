/**
 * aggregate(): the SDK sends `stages: [{ stageKey: '$match', stageValue: '<EJSON>' }, …]`.
 * The pipeline runs in mingo; `$lookup` reads the other collections of this database.
 */
import { Aggregator, ProcessingMode } from 'mingo';
import type { Store } from './store';
import { decode, isPlainObject } from './ejson';
import type { Doc } from './ejson';
import { invalidParam, unsupportedOperator } from './errors';
import { MINGO_OPTIONS, assertSupported, matching } from './query';

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

export function runPipeline(store: Store, collection: string, pipeline: Doc[]): Doc[] {
  const coll = store.get(collection);
  // A leading $match narrows the input through the same matcher as queries.
  let input: Doc[];
  let rest = pipeline;
  const first = pipeline[0];
  if (first && isPlainObject(first.$match)) {
    input = matching(coll, first.$match as Doc);
    rest = pipeline.slice(1);
  } else {
    input = [...coll.docs.values()];
  }
  const readOnly = rest.every((stage) => READ_ONLY_STAGES.has(Object.keys(stage)[0]));
  const aggregator = new Aggregator(rest, {
    ...MINGO_OPTIONS,
    processingMode: readOnly ? ProcessingMode.CLONE_OFF : ProcessingMode.CLONE_INPUT,
    collectionResolver: (name: string) => (store.has(name) ? [...store.get(name).docs.values()] : []),
  });
  return aggregator.run(input) as Doc[];
}

/**
 * Update operators: the SDK sends MongoDB update documents ($set, $inc, $mul, $unset, $push with
 * $each/$position/$slice/$sort, $pop, $addToSet, $pull, $pullAll, $rename, $min, $max) — mingo's
 * updater applies them to a copy of the stored document. `doc().set()` sends a replacement.
 */
import { update as mingoUpdate } from 'mingo';
import { clone, encode, isPlainObject } from './ejson';
import type { Doc } from './ejson';
import { invalidParam } from './errors';
import { MINGO_OPTIONS, assertSupported } from './query';
import { checkUpdateTypes } from './update-types';

const isOperatorDoc = (data: Doc): boolean => Object.keys(data).some((k) => k.startsWith('$'));

/**
 * The documented `_.addToSet({ each: [...] })` form reaches the server without a `$`; the cloud
 * treats `each` as `$each`, and so does this engine.
 */
function normaliseModifier(modifier: Doc): Doc {
  const addToSet = modifier.$addToSet;
  if (!isPlainObject(addToSet)) return modifier;
  const fixed: Doc = {};
  for (const [field, value] of Object.entries(addToSet)) {
    const keys = isPlainObject(value) ? Object.keys(value) : [];
    fixed[field] =
      keys.length === 1 && keys[0] === 'each' && Array.isArray((value as Doc).each)
        ? { $each: (value as Doc).each }
        : value;
  }
  return { ...modifier, $addToSet: fixed };
}

/** Applies an update document; returns the new document (the stored one is never touched). */
export function applyModifier(doc: Doc, modifier: Doc, filter: Doc): Doc {
  if (!isOperatorDoc(modifier)) return replaceWith(doc, modifier);
  assertSupported(modifier);
  const next = clone(doc);
  const normalised = normaliseModifier(modifier);
  if (Object.keys(normalised).some((k) => k === '$set' || k === '$unset' || k === '$rename')) {
    for (const op of ['$set', '$unset', '$rename']) {
      const fields = normalised[op];
      if (isPlainObject(fields) && Object.keys(fields).some((f) => f === '_id' || f.startsWith('_id.'))) {
        throw invalidParam('the _id of a document cannot be updated');
      }
    }
  }
  checkUpdateTypes(doc, normalised);
  mingoUpdate(next, normalised, [], Object.keys(filter).length ? filter : undefined, { queryOptions: MINGO_OPTIONS });
  return next;
}

/** `doc().set()`: the whole document is replaced, keeping its `_id` first. */
export function replaceWith(doc: Doc, data: Doc): Doc {
  if (isOperatorDoc(data)) throw invalidParam('a replacement document cannot contain update operators');
  const rest = { ...data };
  delete rest._id;
  return { _id: doc._id, ...clone(rest) };
}

/** A new document for an upsert: the filter's plain equalities, then the update. */
export function upsertDocument(id: unknown, filter: Doc, data: Doc, merge: boolean): Doc {
  const base: Doc = { _id: id };
  if (!merge || !isOperatorDoc(data)) return replaceWith(base, data);
  for (const [k, v] of Object.entries(filter)) {
    if (
      !k.startsWith('$') &&
      !k.includes('.') &&
      !(isPlainObject(v) && Object.keys(v).some((x) => x.startsWith('$')))
    ) {
      base[k] = clone(v);
    }
  }
  base._id = id;
  return applyModifier(base, data, {});
}

export function sameDocument(a: Doc, b: Doc): boolean {
  return encode(a) === encode(b);
}

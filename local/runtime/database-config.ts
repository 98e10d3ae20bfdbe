/**
 * `cloudfunctions/database.json`: `{ "collections": { "<name>": { "indexes": [...] } } }`. Every
 * collection named there is created at start, with its indexes. The file may be absent.
 */
import * as fs from 'fs';
import { INDEX_POLICIES } from '../database';
import type { IndexDeclarations, IndexPolicy, IndexSpec } from '../database';
import { invalidConfig } from './errors';

export function readDatabaseConfig(file: string | undefined): IndexDeclarations {
  if (!file || !fs.existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw invalidConfig(`database config ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const collections = (raw as { collections?: unknown } | null)?.collections;
  if (!collections || typeof collections !== 'object' || Array.isArray(collections)) {
    throw invalidConfig(`database config ${file} must be { "collections": { "<name>": { "indexes": [...] } } }`);
  }
  const out: IndexDeclarations = {};
  for (const [name, spec] of Object.entries(collections as Record<string, unknown>)) {
    const indexes = (spec as { indexes?: unknown } | null)?.indexes ?? [];
    if (!Array.isArray(indexes)) throw invalidConfig(`database config: collections.${name}.indexes must be an array`);
    out[name] = indexes as IndexSpec[];
  }
  return out;
}

/** The index policy named by a setting (e.g. LOCAL_INDEX_POLICY); undefined when it is not set. */
export function parseIndexPolicy(value: string | undefined, setting: string): IndexPolicy | undefined {
  if (value === undefined || value === '') return undefined;
  if (!(INDEX_POLICIES as readonly string[]).includes(value)) {
    throw invalidConfig(`${setting} must be one of ${INDEX_POLICIES.join(', ')}, not "${value}"`);
  }
  return value as IndexPolicy;
}

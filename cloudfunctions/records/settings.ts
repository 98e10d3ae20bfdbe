// The retention settings as they apply: what is stored over the defaults (domain/retention.ts).
import { defaultRetention, withDefaults } from '../domain/retention';
import type { RetentionSettings } from '../domain/retention';
import type { Repositories } from '../server/repositories/types';

export async function retentionSettings(repos: Repositories): Promise<RetentionSettings> {
  const stored = await repos.retention.settings();
  return stored ? { ...stored, years: withDefaults(stored.years) } : defaultRetention();
}

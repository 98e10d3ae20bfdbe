// The routing rules in force, kept by each function instance for a short while so that filing a
// request does not pay for a database read each time. An edit made through this instance replaces
// the kept list at once; other instances take it up within RULES_TTL_MS (the worst-case staleness:
// a request filed on another warm instance up to 30 s after an edit is routed by the rules before it).
import { performance } from 'perf_hooks';
import { DEFAULT_RULES } from '../domain/routing';
import type { RoutingRule } from '../domain/routing';
import type { RoutingRuleRepository, StoredRoutingRules } from './repositories/types';

export const RULES_TTL_MS = 30_000;

interface Kept {
  rules: readonly RoutingRule[];
  version: number;
  until: number;
}

let kept: Kept | null = null;

/** The stored rules, or the seeded defaults while none are stored (version 0). */
export async function rulesInForce(
  repo: RoutingRuleRepository,
): Promise<{ rules: readonly RoutingRule[]; version: number }> {
  // a monotonic clock: a dev clock set back or forward must not keep rules forever or drop them early
  const at = performance.now();
  if (kept && kept.until > at) return kept;
  const stored = await repo.load();
  kept = { rules: stored?.rules ?? DEFAULT_RULES, version: stored?.version ?? 0, until: at + RULES_TTL_MS };
  return kept;
}

/** After an edit through this instance: the saved list is in force here at once. */
export function keepRules(saved: StoredRoutingRules): void {
  kept = { rules: saved.rules, version: saved.version, until: performance.now() + RULES_TTL_MS };
}

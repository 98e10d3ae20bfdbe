// The admin page's edits of the routing rules, and how it words a rule. Pure: the page saves the
// list these answer. The fallback rule stays last: it is never moved, removed or passed.
import type { RoutingRule } from '@domain/routing';

export { describeActions, describeConditions } from '@domain/routing-text';

/** The last rule is the fallback; the others may move within the rules before it. */
export const isFallback = (rules: readonly RoutingRule[], index: number) => index === rules.length - 1;

export function moveRule(rules: readonly RoutingRule[], index: number, by: -1 | 1): RoutingRule[] {
  const to = index + by;
  if (isFallback(rules, index) || to < 0 || to >= rules.length - 1) return [...rules];
  const next = [...rules];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

export function removeRule(rules: readonly RoutingRule[], index: number): RoutingRule[] {
  if (isFallback(rules, index)) return [...rules];
  return rules.filter((_, i) => i !== index);
}

/** A new rule goes just before the fallback; an edited one stays where it was. */
export function putRule(rules: readonly RoutingRule[], rule: RoutingRule): RoutingRule[] {
  const at = rules.findIndex((r) => r.id === rule.id);
  if (at >= 0) return rules.map((r, i) => (i === at ? rule : r));
  return [...rules.slice(0, -1), rule, ...rules.slice(-1)];
}

/** Comma, 、 or blank separated words from one input, without empties or repeats. */
export const splitWords = (text: string): string[] => [
  ...new Set(
    text
      .split(/[,，、\s]+/)
      .map((w) => w.trim())
      .filter(Boolean),
  ),
];

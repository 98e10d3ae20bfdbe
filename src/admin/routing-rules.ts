// The admin page's edits of the routing rules, and how it words a rule. Pure: the page saves the
// list these answer. The fallback rule stays last: it is never moved, removed or passed.
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DEPARTMENT_LABELS,
  ROUTING_FLAG_LABELS,
  STAFF_AUDIENCE_LABELS,
  URGENCY_LABELS,
} from '@domain/labels';
import type { RoutingRule } from '@domain/routing';

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

const list = <K extends string>(keys: readonly K[] | undefined, labels: Record<K, string>) =>
  keys?.map((k) => labels[k]).join('或');

/** "类别是投诉，且内容含“电梯”" — the fallback reads "其余所有诉求". */
export function describeConditions(rule: RoutingRule, communityNames: ReadonlyMap<string, string> = new Map()): string {
  const w = rule.when;
  const parts = [
    w.communities && `小区是${w.communities.map((id) => communityNames.get(id) ?? id).join('或')}`,
    w.categories && `类别是${list(w.categories, CATEGORY_LABELS)}`,
    w.words && `内容含${w.words.map((word) => `“${word}”`).join('或')}`,
    w.buildings && `楼栋是${w.buildings.join('或')}`,
    w.channels && `渠道是${list(w.channels, CHANNEL_LABELS)}`,
    w.urgencies && `紧急程度是${list(w.urgencies, URGENCY_LABELS)}`,
    w.flags && `标记为${list(w.flags, ROUTING_FLAG_LABELS)}`,
  ].filter(Boolean);
  return parts.length ? parts.join('，且') : '其余所有诉求';
}

/** "转工程部，设为紧急，通知项目经理" */
export function describeActions(rule: RoutingRule): string {
  const t = rule.then;
  return [
    `转${DEPARTMENT_LABELS[t.department]}`,
    t.urgency && `设为${URGENCY_LABELS[t.urgency]}`,
    t.escalateTo && `通知${STAFF_AUDIENCE_LABELS[t.escalateTo]}`,
  ]
    .filter(Boolean)
    .join('，');
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

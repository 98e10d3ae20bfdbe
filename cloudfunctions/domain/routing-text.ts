// Routing rules in words, as admins read them on the rules page and in the audit log.
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DEPARTMENT_LABELS,
  ROUTING_FLAG_LABELS,
  STAFF_AUDIENCE_LABELS,
  URGENCY_LABELS,
} from './labels';
import type { RoutingRule } from './routing';

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

/** The list as the audit log keeps it: "第1条" → "报修转工程部：类别是报修 → 转工程部". */
export function rulesInWords(rules: readonly RoutingRule[]): Record<string, string> {
  return Object.fromEntries(
    rules.map((rule, i) => [`第${i + 1}条`, `${rule.name}：${describeConditions(rule)} → ${describeActions(rule)}`]),
  );
}

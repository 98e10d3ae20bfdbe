/**
 * The routing-rule matcher over 1,000 rules: how many requests per second it routes when the first
 * rule matches, when the 500th does, and in the worst case — every rule is tried and only the
 * fallback matches (each rule's conditions checked, words searched in a 200-character text).
 *
 *   npx tsx bench/routing.ts
 */
import { performance } from 'node:perf_hooks';
import { CATEGORIES, CHANNELS } from '../cloudfunctions/domain/model';
import { FALLBACK_RULE_ID, routeTicket } from '../cloudfunctions/domain/routing';
import type { RoutingInput, RoutingRule } from '../cloudfunctions/domain/routing';
import { routingRules } from '../cloudfunctions/domain/routing-schemas';
import { median } from './stats';

const RULES = 1_000;

/** Rule i asks for words, a building, a channel or a category the sample lacks: none matches it. */
function aRule(i: number): RoutingRule {
  const kinds: Array<RoutingRule['when']> = [
    { words: [`关键词${i}`, `词语${i}`, `短语${i}`] },
    { categories: ['praise', 'after_sales'], words: [`电梯${i}`] },
    { buildings: [`${i + 100}栋`, `${i + 200}栋`] },
    { channels: [CHANNELS[1 + (i % (CHANNELS.length - 1))]], urgencies: ['urgent'] },
    { categories: [CATEGORIES[1 + (i % (CATEGORIES.length - 1))]], flags: ['compensation', 'major'] },
  ];
  return { id: `r${i}`, name: `规则${i}`, when: kinds[i % kinds.length], then: { department: 'engineering' } };
}

const rules: RoutingRule[] = [
  ...Array.from({ length: RULES - 1 }, (_, i) => aRule(i)),
  { id: FALLBACK_RULE_ID, name: '兜底', when: {}, then: { department: 'service' } },
];

const sample: RoutingInput = {
  category: 'repair',
  urgency: 'normal',
  channel: 'miniprogram',
  communityId: 'c1',
  building: '1栋',
  description: '厨房水龙头一直滴水，关不紧，楼下邻居说天花板也有水渍，'.repeat(8).slice(0, 200),
  flags: { utility: true },
};

/** Routes `input` over `list` for about `ms`, five times; answers the median rate (per second). */
function rate(list: RoutingRule[], input: RoutingInput, expectIndex: number, ms = 300): number {
  if (routeTicket(input, list).ruleIndex !== expectIndex) throw new Error('the bench rules do not route as intended');
  const rates: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    let n = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < ms) {
      for (let k = 0; k < 50; k += 1) routeTicket(input, list);
      n += 50;
      elapsed = performance.now() - started;
    }
    rates.push((n / elapsed) * 1000);
  }
  return median(rates);
}

export function benchRouting(): void {
  if (!routingRules.safeParse(rules.slice(-200)).success) throw new Error('the bench rules are not valid rules');
  const first = [{ ...rules[0], when: { categories: ['repair' as const] } }, ...rules.slice(1)];
  const middle = rules.map((r, i) => (i === 499 ? { ...r, when: { categories: ['repair' as const] } } : r));
  const fmt = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en-US')}/s`;
  const worst = rate(rules, sample, RULES - 1);
  console.log(`\nRouting rules: ${RULES.toLocaleString('en-US')} rules, one request routed per match`);
  console.log(`  first rule matches     ${fmt(rate(first, sample, 0))}`);
  console.log(`  500th rule matches     ${fmt(rate(middle, sample, 499))}`);
  console.log(`  fallback (worst case)  ${fmt(worst)}  (${(1e6 / worst).toFixed(1)} µs per request)`);
}

if (require.main === module) benchRouting();

import { DEFAULT_RULES } from '../../cloudfunctions/domain/routing';
import type { RoutingRule } from '../../cloudfunctions/domain/routing';
import { routingRules } from '../../cloudfunctions/domain/routing-schemas';
import {
  describeActions,
  describeConditions,
  moveRule,
  putRule,
  removeRule,
  splitWords,
} from '../../src/admin/routing-rules';

const ids = (rules: RoutingRule[]) => rules.map((r) => r.id);
const lift: RoutingRule = {
  id: 'lift',
  name: '电梯投诉',
  when: { categories: ['complaint'], words: ['电梯', '扶梯'] },
  then: { department: 'engineering', urgency: 'urgent', escalateTo: 'manager' },
};

describe('the admin page’s edits of the routing rules', () => {
  it('moves a rule within those before the fallback, never past it', () => {
    const rules = [...DEFAULT_RULES];
    expect(ids(moveRule(rules, 1, -1)).slice(0, 2)).toEqual(['default-after-sales', 'default-repair']);
    expect(moveRule(rules, 0, -1)).toEqual(rules);
    expect(moveRule(rules, rules.length - 2, 1)).toEqual(rules);
    expect(moveRule(rules, rules.length - 1, -1)).toEqual(rules);
  });

  it('adds a rule before the fallback, edits one in place, never removes the fallback', () => {
    const added = putRule(DEFAULT_RULES, lift);
    expect(ids(added).slice(-2)).toEqual(['lift', 'fallback']);
    expect(routingRules.safeParse(added).success).toBe(true);
    expect(putRule(added, { ...lift, name: '电梯' }).find((r) => r.id === 'lift')?.name).toBe('电梯');
    expect(removeRule(added, added.length - 1)).toEqual(added);
    expect(ids(removeRule(added, 0))).not.toContain('default-repair');
  });

  it('words a rule as admins read it', () => {
    expect(describeConditions(lift)).toBe('类别是投诉，且内容含“电梯”或“扶梯”');
    expect(describeActions(lift)).toBe('转工程部，设为紧急，通知项目经理');
    expect(describeConditions(DEFAULT_RULES[DEFAULT_RULES.length - 1])).toBe('其余所有诉求');
    expect(splitWords('电梯， 漏水、电梯 ,')).toEqual(['电梯', '漏水']);
  });
});

import {
  DEFAULT_RULES,
  DEFAULT_ROUTES,
  FALLBACK_RULE_ID,
  flagsOf,
  routeTicket,
} from '../../cloudfunctions/domain/routing';
import type { RoutingInput, RoutingRule } from '../../cloudfunctions/domain/routing';
import { routingRules, saveRoutingRulesInput } from '../../cloudfunctions/domain/routing-schemas';
import { CATEGORIES } from '../../cloudfunctions/domain/model';
import type { Category, Department } from '../../cloudfunctions/domain/model';

const anInput = (overrides: Partial<RoutingInput> = {}): RoutingInput => ({
  category: 'repair',
  urgency: 'normal',
  channel: 'miniprogram',
  communityId: 'demo-cuihu',
  description: '厨房水龙头一直滴水',
  ...overrides,
});

const fallback: RoutingRule = { id: FALLBACK_RULE_ID, name: '兜底', when: {}, then: { department: 'service' } };
const rule = (id: string, when: RoutingRule['when'], then: RoutingRule['then']): RoutingRule => ({
  id,
  name: id,
  when,
  then,
});

describe('the seeded rules are today’s table', () => {
  it.each<[Category, Department]>([
    ['repair', 'engineering'],
    ['complaint', 'service'],
    ['consultation', 'service'],
    ['suggestion', 'service'],
    ['other', 'service'],
    ['after_sales', 'after_sales'],
    ['praise', 'quality'],
    ['paid_service', 'environment'],
    ['emergency', 'security'],
  ])('sends %s to %s', (category, department) => {
    expect(routeTicket(anInput({ category })).department).toBe(department);
  });

  it('agree with DEFAULT_ROUTES for every category, and are a valid list', () => {
    for (const category of CATEGORIES)
      expect(routeTicket(anInput({ category }), DEFAULT_RULES).department).toBe(DEFAULT_ROUTES[category]);
    expect(routingRules.safeParse(DEFAULT_RULES).success).toBe(true);
  });
});

describe('routeTicket over a rule list', () => {
  it('lets the first matching rule win', () => {
    const rules = [
      rule('leak', { words: ['漏水'] }, { department: 'engineering', urgency: 'urgent' }),
      rule('complaints', { categories: ['complaint'] }, { department: 'quality' }),
      fallback,
    ];
    const decided = routeTicket(anInput({ category: 'complaint', description: '楼上漏水投诉好几次了' }), rules);
    expect(decided).toEqual({ department: 'engineering', urgency: 'urgent', ruleId: 'leak', ruleIndex: 0 });
    expect(routeTicket(anInput({ category: 'complaint', description: '噪音扰民' }), rules)).toMatchObject({
      department: 'quality',
      ruleIndex: 1,
    });
  });

  it('falls back to the last rule when nothing else matches', () => {
    const rules = [rule('praise', { categories: ['praise'] }, { department: 'quality' }), fallback];
    expect(routeTicket(anInput(), rules)).toEqual({ department: 'service', ruleId: FALLBACK_RULE_ID, ruleIndex: 1 });
  });

  it('needs every condition kind a rule gives to hold (any value within a kind)', () => {
    const rules = [
      rule('night-leak', { categories: ['repair', 'emergency'], words: ['漏水', '爆管'] }, { department: 'security' }),
      fallback,
    ];
    expect(routeTicket(anInput({ description: '水管爆管了' }), rules).department).toBe('security');
    expect(routeTicket(anInput({ category: 'emergency', description: '地下室漏水' }), rules).department).toBe(
      'security',
    );
    expect(routeTicket(anInput({ category: 'complaint', description: '地下室漏水' }), rules).department).toBe(
      'service',
    );
    expect(routeTicket(anInput({ description: '门锁坏了' }), rules).department).toBe('service');
  });

  const onlyWhen = (when: RoutingRule['when']) => [
    rule('r', when, { department: 'finance', escalateTo: 'manager' }),
    fallback,
  ];
  const matches = (when: RoutingRule['when'], input: Partial<RoutingInput>) =>
    routeTicket(anInput(input), onlyWhen(when)).ruleId === 'r';

  it.each<[string, RoutingRule['when'], Partial<RoutingInput>, Partial<RoutingInput>]>([
    ['category', { categories: ['paid_service'] }, { category: 'paid_service' }, { category: 'repair' }],
    [
      'words (case and blanks ignored)',
      { words: ['WiFi 信号'] },
      { description: '楼道wifi信号很差' },
      { description: '楼道灯不亮' },
    ],
    ['building', { buildings: ['2栋'] }, { building: '2栋' }, { building: '1栋' }],
    ['channel', { channels: ['hotline', 'visit'] }, { channel: 'visit' }, { channel: 'miniprogram' }],
    ['urgency', { urgencies: ['urgent'] }, { urgency: 'urgent' }, { urgency: 'normal' }],
    ['community', { communities: ['demo-other'] }, { communityId: 'demo-other' }, { communityId: 'demo-cuihu' }],
    ['flags (a set of names)', { flags: ['compensation'] }, { flags: ['compensation'] }, { flags: ['major'] }],
    [
      'flags (an object of booleans)',
      { flags: ['againstManager'] },
      { flags: { againstManager: true } },
      { flags: { againstManager: false } },
    ],
  ])('matches on %s', (_kind, when, yes, no) => {
    expect(matches(when, yes)).toBe(true);
    expect(matches(when, no)).toBe(false);
  });

  it('treats a common area as no building, and flags of an unknown shape as none', () => {
    expect(matches({ buildings: ['1栋'] }, {})).toBe(false);
    expect(matches({ flags: ['major'] }, { flags: 'major' })).toBe(false);
    expect(matches({ flags: ['major'] }, { flags: null })).toBe(false);
    expect([...flagsOf({ major: true, utility: 'yes' })]).toEqual(['major']);
  });

  it('answers the actions of the rule: department, priority and who to alert', () => {
    expect(routeTicket(anInput({ category: 'paid_service' }), onlyWhen({ categories: ['paid_service'] }))).toEqual({
      department: 'finance',
      escalateTo: 'manager',
      ruleId: 'r',
      ruleIndex: 0,
    });
  });

  it('still routes somewhere when a list has no match at all', () => {
    expect(routeTicket(anInput(), [rule('x', { categories: ['praise'] }, { department: 'quality' })])).toMatchObject({
      department: 'service',
      ruleIndex: -1,
    });
  });
});

describe('an invalid rule list is refused with a clear message', () => {
  const messageOf = (rules: unknown) => {
    const parsed = routingRules.safeParse(rules);
    if (parsed.success) throw new Error('expected the list to be refused');
    return parsed.error.issues[0]?.message;
  };

  it('needs a fallback rule, last, with no conditions', () => {
    expect(messageOf([])).toBe('至少需要一条兜底规则');
    expect(messageOf([rule('r', { categories: ['repair'] }, { department: 'engineering' })])).toBe(
      '最后一条必须是不设条件的兜底规则',
    );
    expect(messageOf([{ ...fallback, id: 'a' }, fallback])).toMatch(/^第1条规则没有条件/);
  });

  it('refuses unknown values, empty condition lists, duplicate ids and unknown fields', () => {
    expect(messageOf([rule('r', { categories: ['garden' as Category] }, { department: 'service' }), fallback])).toBe(
      '类别无效',
    );
    expect(messageOf([rule('r', { words: [] }, { department: 'service' }), fallback])).toBe('关键词至少选择一项');
    expect(messageOf([rule('r', { words: ['  '] }, { department: 'service' }), fallback])).toBe('请填写关键词');
    expect(messageOf([rule('r', { channels: ['fax' as never] }, { department: 'service' }), fallback])).toBe(
      '渠道无效',
    );
    expect(messageOf([rule('r', { words: ['a'] }, { department: 'kitchen' as Department }), fallback])).toBe(
      '请选择处理部门',
    );
    expect(
      messageOf([rule('r', { words: ['a'] }, { department: 'service', escalateTo: 'mayor' as never }), fallback]),
    ).toBe('通知对象无效');
    expect(messageOf([rule(FALLBACK_RULE_ID, { words: ['a'] }, { department: 'service' }), fallback])).toBe(
      '第2条规则编号重复',
    );
    expect(messageOf([{ ...rule('r', { words: ['a'] }, { department: 'service' }), extra: 1 }, fallback])).toMatch(
      /extra|Unrecognized/,
    );
    expect(messageOf([{ ...rule('r', {}, { department: 'service' }), name: '' }])).toBe('请填写规则名称');
  });

  it('needs a version with the list to save', () => {
    expect(saveRoutingRulesInput.safeParse({ rules: DEFAULT_RULES }).success).toBe(false);
    expect(saveRoutingRulesInput.safeParse({ version: 3, rules: DEFAULT_RULES }).success).toBe(true);
  });
});

// Which department a new request goes to, as an ordered list of rules that admins edit (data, not
// code). The first rule whose conditions all hold decides; the list always ends with one fallback
// rule with no conditions, so every request lands somewhere.
//
// One list serves the whole company. A rule may name the communities it applies to, so a
// community's own rules are simply rules with that condition placed before the company-wide ones.
import type { StaffAudience } from './commands';
import type { Category, Channel, Department, Urgency } from './model';

/** The flags a complaint may carry (`ticket.flags`): compensation claim, against the manager, a utility's cause, major. */
export const ROUTING_FLAGS = ['compensation', 'againstManager', 'utility', 'major'] as const;
export type RoutingFlag = (typeof ROUTING_FLAGS)[number];

/** Every condition kind is optional; a kind given holds when the request matches ANY of its values. */
export interface RuleConditions {
  communities?: string[];
  categories?: Category[];
  /** words of the description (case-insensitive, blanks ignored) */
  words?: string[];
  /** building labels as units carry them, e.g. "1栋" */
  buildings?: string[];
  channels?: Channel[];
  urgencies?: Urgency[];
  flags?: RoutingFlag[];
}

export interface RuleActions {
  department: Department;
  /** raise (or set) the request's priority */
  urgency?: Urgency;
  /** tell this role at once (a NOTIFY_STAFF effect when the request is filed) */
  escalateTo?: StaffAudience;
}

export interface RoutingRule {
  id: string;
  name: string;
  when: RuleConditions;
  then: RuleActions;
}

export interface RoutingInput {
  category: Category;
  urgency: Urgency;
  channel: Channel;
  communityId: string;
  description: string;
  /** the unit's building; absent for a common area */
  building?: string;
  /** the request's flags as stored (read defensively: a set of names, or an object of booleans) */
  flags?: unknown;
}

export interface RoutingDecision {
  department: Department;
  urgency?: Urgency;
  escalateTo?: StaffAudience;
  /** the rule that decided, and its place in the list (0-based) */
  ruleId: string;
  ruleIndex: number;
}

/** Today's table as the seeded rule list: what a company starts with, and what applies while none is stored. */
export const DEFAULT_ROUTES: Readonly<Record<Category, Department>> = {
  repair: 'engineering',
  complaint: 'service',
  consultation: 'service',
  suggestion: 'service',
  other: 'service',
  after_sales: 'after_sales',
  praise: 'quality',
  paid_service: 'environment',
  emergency: 'security',
};

export const FALLBACK_RULE_ID = 'fallback';

export const DEFAULT_RULES: readonly RoutingRule[] = [
  { id: 'default-repair', name: '报修转工程部', when: { categories: ['repair'] }, then: { department: 'engineering' } },
  {
    id: 'default-after-sales',
    name: '售后转售后维修',
    when: { categories: ['after_sales'] },
    then: { department: 'after_sales' },
  },
  { id: 'default-praise', name: '表扬转品质部核实', when: { categories: ['praise'] }, then: { department: 'quality' } },
  {
    id: 'default-paid-service',
    name: '特约服务转环境部',
    when: { categories: ['paid_service'] },
    then: { department: 'environment' },
  },
  {
    id: 'default-emergency',
    name: '紧急情况转秩序部',
    when: { categories: ['emergency'] },
    then: { department: 'security' },
  },
  { id: FALLBACK_RULE_ID, name: '其余由客服中心处理', when: {}, then: { department: 'service' } },
];

/** The flag names set on a request, whatever shape they were stored in; unknown shapes count as none. */
export function flagsOf(raw: unknown): Set<string> {
  if (Array.isArray(raw)) return new Set(raw.filter((f): f is string => typeof f === 'string'));
  if (raw && typeof raw === 'object')
    return new Set(
      Object.entries(raw as Record<string, unknown>)
        .filter(([, on]) => on === true)
        .map(([name]) => name),
    );
  return new Set();
}

/** Text as the word condition compares it: lower case, without blanks. */
export const foldText = (text: string): string => text.toLowerCase().replace(/\s+/g, '');

const anyOf = <T>(wanted: readonly T[] | undefined, actual: T | undefined): boolean =>
  wanted === undefined || (actual !== undefined && wanted.includes(actual));

/** Whether every condition the rule gives holds for the request (`folded`: its description, folded once). */
export function ruleMatches(
  when: RuleConditions,
  input: RoutingInput,
  folded: string,
  flags: ReadonlySet<string>,
  foldedWords: readonly string[] | undefined = when.words?.map(foldText),
): boolean {
  return (
    anyOf(when.categories, input.category) &&
    anyOf(when.channels, input.channel) &&
    anyOf(when.urgencies, input.urgency) &&
    anyOf(when.communities, input.communityId) &&
    anyOf(when.buildings, input.building) &&
    (foldedWords === undefined || foldedWords.some((w) => folded.includes(w))) &&
    (when.flags === undefined || when.flags.some((f) => flags.has(f)))
  );
}

/** Each list's words, folded once: a list is kept by its function instance and routes many requests. */
const foldedWordsOf = new WeakMap<readonly RoutingRule[], Array<string[] | undefined>>();

function wordsOf(rules: readonly RoutingRule[]): Array<string[] | undefined> {
  let words = foldedWordsOf.get(rules);
  if (!words) {
    words = rules.map((rule) => rule.when.words?.map(foldText));
    foldedWordsOf.set(rules, words);
  }
  return words;
}

/**
 * The first rule that matches decides. A list without a matching rule (never a valid one: it ends
 * with its fallback) falls back to the service desk, so a request is never left unrouted.
 */
export function routeTicket(input: RoutingInput, rules: readonly RoutingRule[] = DEFAULT_RULES): RoutingDecision {
  const folded = foldText(input.description);
  const flags = flagsOf(input.flags);
  const words = wordsOf(rules);
  for (let i = 0; i < rules.length; i += 1) {
    const rule = rules[i];
    if (!ruleMatches(rule.when, input, folded, flags, words[i])) continue;
    return {
      department: rule.then.department,
      ...(rule.then.urgency ? { urgency: rule.then.urgency } : {}),
      ...(rule.then.escalateTo ? { escalateTo: rule.then.escalateTo } : {}),
      ruleId: rule.id,
      ruleIndex: i,
    };
  }
  return { department: 'service', ruleId: FALLBACK_RULE_ID, ruleIndex: -1 };
}

/** Whether a rule names no condition at all (only the fallback may). */
export const hasNoConditions = (when: RuleConditions): boolean =>
  Object.values(when).every((values) => values === undefined);

// Admins edit the company's routing rules: the whole ordered list is read and saved at once, with
// the version it was read at, so two admins editing together cannot overwrite each other.
import { randomBytes } from 'crypto';
import { z } from 'zod';
import { auditEntry } from '../../domain/audit';
import { conflict } from '../../domain/errors';
import type { RoutingRule } from '../../domain/routing';
import { DEFAULT_RULES } from '../../domain/routing';
import { saveRoutingRulesInput } from '../../domain/routing-schemas';
import { rulesInWords } from '../../domain/routing-text';
import { AUDIENCES } from '../../domain/roles';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { keepRules } from '../../server/routing-rules';
import type { StoredRoutingRules } from '../../server/repositories/types';

export interface RoutingRulesView {
  rules: RoutingRule[];
  /** 0 while none is stored and the seeded defaults apply */
  version: number;
  updatedAt?: string;
  updatedByName?: string;
}

const viewOf = (stored: StoredRoutingRules | null): RoutingRulesView =>
  stored
    ? {
        rules: stored.rules,
        version: stored.version,
        ...(stored.updatedAt ? { updatedAt: stored.updatedAt } : {}),
        ...(stored.updatedBy ? { updatedByName: stored.updatedBy.name } : {}),
      }
    : { rules: [...DEFAULT_RULES], version: 0 };

/** The rules as stored now (one request); this instance takes them up too. */
export const listRoutingRules = defineAction({
  schema: z.object({}).strict(),
  roles: AUDIENCES.ruleEditors,
  async run(_input, { repos }): Promise<RoutingRulesView> {
    const stored = await repos.routingRules.load();
    if (stored) keepRules(stored);
    return viewOf(stored);
  },
});

/**
 * Replaces the list if nobody saved since `version` (else CONFLICT, nothing written), and records
 * the change in the audit log with the list before and after, in words (rule by rule). Three requests: the stored list,
 * the conditional write, the audit entry. The new rules route this instance's next request at once.
 */
export const saveRoutingRules = defineAction({
  schema: saveRoutingRulesInput,
  roles: AUDIENCES.ruleEditors,
  async run(input, { caller, now, repos }): Promise<RoutingRulesView> {
    const before = viewOf(await repos.routingRules.load());
    const stale = () => conflict('规则已被他人修改，请刷新后重试');
    if (before.version !== input.version) throw stale();
    const at = toIso(now);
    const next: StoredRoutingRules = {
      rules: input.rules as RoutingRule[],
      version: input.version + 1,
      updatedAt: at,
      updatedBy: { openid: caller.openid, name: caller.name },
    };
    if (!(await repos.routingRules.save(input.version, next))) throw stale();
    keepRules(next);
    await repos.audit.record(
      auditEntry(
        randomBytes(12).toString('hex'),
        caller,
        'routing.update',
        { kind: 'routing_rules', id: 'company' },
        {
          before: rulesInWords(before.rules),
          after: rulesInWords(next.rules),
          summary: `分派规则 ${before.rules.length} 条 → ${next.rules.length} 条`,
        },
        at,
      ),
    );
    return viewOf(next);
  },
});
